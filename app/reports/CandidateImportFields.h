#pragma once

#include "domain/CandidateField.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The candidate's fields a file's column can be mapped to, in CandidateField order (project, carrier,
// incubator, kind, phase, annual budget, requested amount, description, decision, granted amount, file
// number, contact e-mail), each with the column names of the app's own CSV (French and English), whether an
// import needs it, the name the window shows, and the wordings the call's application forms are known to
// use for it. ColumnMappingProposal reads a file's header against these; the command line's --map names a
// field by its French or English column name.
class CandidateImportFields
{
    Q_DECLARE_TR_FUNCTIONS(CandidateImportFields)

public:
    struct Field
    {
        CandidateField field;
        QString french;
        QString english;
        bool required;
        // Known titles of the form's question, longest first, so that the most precise is tried first
        // when one is looked for inside a longer title.
        QStringList synonyms;
    };

    static const QList<Field> &all();
    static int count() { return int(all().size()); }
    // "Annual budget", "File number"...: the field as the window names it, translated.
    static QString displayName(CandidateField field);
    // The field whose French or English column name this is ("budget_annuel", "annual budget"), folded.
    static std::optional<CandidateField> fromName(const QString &name);
    // "projet/name, administration/carrier, ...": every field's names, for a message.
    static QString namesDescription();
};
