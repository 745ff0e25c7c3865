#pragma once

#include "CandidateCsvParse.h"
#include "CandidateImportRow.h"
#include "CsvProblem.h"
#include "domain/Candidate.h"
#include "domain/CandidateUpdate.h"
#include "domain/CofinancingRule.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What importing a file into a promotion that already has candidates would do, before anything is written:
// each row of the file is matched to the stored candidates by its file number (Candidate::reference), so that
// a re-import of an updated export of the call's form updates the candidates it already brought in instead of
// adding them twice. A row is added (a file number the promotion does not have, or none), changed (field by
// field, old → new), unchanged, or, when its stored candidate already has a decision, listed as decided and
// left as it is unless the user forces it: the committee's decisions are never changed silently.
// Only what the file says counts: a field the file has no column for keeps its stored value, an empty
// decision never takes a stored decision back (decisions are the committee's, not the form's), and an extra
// field (a question of the form) that the row does not carry is kept as it is; a question the row carries
// is updated, a new one added after the stored ones. Problems stay located by line, as the parse's are:
// a file number twice in the file, a new row or a renamed one whose name another candidate has.
class CandidateImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(CandidateImportPlan)

public:
    // stored: the promotion's candidates as read; parse: the file's candidates (parse.ok()); fileName only
    // locates the problems. The rule is the promotion's, for a decided laureate's granted amount under the
    // amounts the file brings.
    static CandidateImportPlan build(const QList<Candidate> &stored, const CandidateCsvParse &parse,
                                     const CofinancingRule &rule, const QString &fileName);
    // The names (TextKey::fold) a parse must refuse outright as already in the promotion: those of the stored
    // candidates without a file number, which no row of a file can update. The others are the plan's to judge.
    static QSet<QString> refusedNameKeys(const QList<Candidate> &stored);

    QList<Candidate> added; // normalised, in file order
    QList<int> addedLines;
    QList<CandidateImportRow> changed;   // stored candidates without a decision, which the import updates
    QList<CandidateImportRow> decided;   // stored candidates with a decision that the file would change
    QList<CandidateImportRow> unchanged; // matched rows that change nothing
    QList<CsvProblem> problems;          // in line order; any of them stops the whole import
    // What stops the import only when the decided candidates are forced (a laureate's granted amount above
    // what the file's amounts make eligible).
    QList<CsvProblem> forcedProblems;

    bool ok() const { return problems.isEmpty(); }
    // True when no row of the file matches a stored candidate: a first import, shown and applied as before.
    bool onlyAdds() const { return changed.isEmpty() && decided.isEmpty() && unchanged.isEmpty(); }
    // The updates to write: the changed rows, and the decided ones when forced.
    CandidateUpdates updates(bool forceDecided) const;
    // Whether anything would be written.
    bool writes(bool forceDecided) const { return !added.isEmpty() || !updates(forceDecided).isEmpty(); }
    // Each problem as CsvProblem::toString(), the forced ones too when forceDecided.
    QStringList messages(bool forceDecided = false) const;
    // The plan as the command line's --dry-run prints it: "~ Envergo: annual budget: 600 000 € → 650 000 €"
    // for each change, "! Mano (laureate): requested amount: … (decided: not changed)" for each change of a
    // decided candidate left alone ("(decided: forced)" when forced), "+ Docurba" for each new row,
    // "= 5 unchanged".
    QStringList describe(bool forceDecided) const;
};
