#include "CandidateImportPlan.h"

#include "CandidateChangeText.h"
#include "domain/TextKey.h"

#include <QHash>

#include <algorithm>

namespace {

// The stored candidate as the row makes it: only what the file carries replaces what is stored.
Candidate merged(const Candidate &before, const Candidate &row, const QList<CandidateField> &columns)
{
    const auto carries = [&columns](CandidateField field) {
        return columns.isEmpty() || columns.contains(field);
    };
    Candidate after = before;
    if (carries(CandidateField::Name))
        after.name = row.name;
    if (carries(CandidateField::Carrier))
        after.carrier = row.carrier;
    if (carries(CandidateField::Incubator))
        after.incubator = row.incubator;
    if (carries(CandidateField::Kind))
        after.kind = row.kind;
    if (carries(CandidateField::Phase))
        after.phase = row.phase;
    if (carries(CandidateField::AnnualBudget))
        after.annualBudget = row.annualBudget;
    if (carries(CandidateField::Requested))
        after.requested = row.requested;
    if (carries(CandidateField::Description))
        after.description = row.description;
    if (carries(CandidateField::ContactEmail))
        after.contactEmail = row.contactEmail;
    // An empty decision cell says nothing: a re-import never takes the committee's decision back.
    if (carries(CandidateField::Decision) && row.decision != Decision::None) {
        after.decision = row.decision;
        after.granted = row.granted;
    }
    for (const CandidateExtraField &field : row.extraFields) {
        const auto stored =
            std::find_if(after.extraFields.begin(), after.extraFields.end(), [&field](const CandidateExtraField &each) {
                return each.name.compare(field.name, Qt::CaseInsensitive) == 0;
            });
        if (stored == after.extraFields.end())
            after.extraFields.append(field);
        else
            stored->value = field.value;
    }
    return after;
}

} // namespace

QSet<QString> CandidateImportPlan::refusedNameKeys(const QList<Candidate> &stored)
{
    QSet<QString> keys;
    for (const Candidate &candidate : stored) {
        if (candidate.reference.isEmpty())
            keys.insert(TextKey::fold(candidate.name));
    }
    return keys;
}

CandidateImportPlan CandidateImportPlan::build(const QList<Candidate> &stored, const CandidateCsvParse &parse,
                                               const CofinancingRule &rule, const QString &fileName)
{
    CandidateImportPlan plan;
    const auto problemAt = [&](int line, const QString &column, const QString &reason) {
        return CsvProblem{fileName, line, column, reason, parse.sheetName};
    };
    QHash<QString, qsizetype> storedByReference;
    QHash<QString, qsizetype> storedByName;
    for (qsizetype index = 0; index < stored.size(); ++index) {
        if (!stored.at(index).reference.isEmpty())
            storedByReference.insert(stored.at(index).reference, index);
        storedByName.insert(TextKey::fold(stored.at(index).name), index);
    }

    QHash<QString, int> lineOfReference;
    for (qsizetype r = 0; r < parse.candidates.size(); ++r) {
        const int line = parse.lines.value(r, 0);
        const Candidate row = parse.candidates.at(r).normalised();
        if (!row.reference.isEmpty()) {
            if (const auto seen = lineOfReference.constFind(row.reference); seen != lineOfReference.cend()) {
                plan.problems.append(problemAt(
                    line, QString(), tr("the file number %1 is already on line %2").arg(row.reference).arg(*seen)));
                continue;
            }
            lineOfReference.insert(row.reference, line);
        }
        const auto match =
            row.reference.isEmpty() ? storedByReference.cend() : storedByReference.constFind(row.reference);
        if (match == storedByReference.cend()) {
            if (const auto holder = storedByName.constFind(TextKey::fold(row.name)); holder != storedByName.cend()) {
                const Candidate &other = stored.at(*holder);
                plan.problems.append(
                    problemAt(line, QString(),
                              other.reference.isEmpty()
                                  ? tr("\"%1\" is already a candidate of this promotion").arg(row.name)
                                  : tr("\"%1\" is already a candidate of this promotion, under the file number %2")
                                        .arg(row.name, other.reference)));
                continue;
            }
            plan.added.append(row);
            plan.addedLines.append(line);
            continue;
        }

        const Candidate &before = stored.at(*match);
        const Candidate after = merged(before, row, parse.fieldsGiven);
        if (const auto holder = storedByName.constFind(TextKey::fold(after.name));
            holder != storedByName.cend() && *holder != *match) {
            plan.problems.append(problemAt(line, QString(),
                                           tr("the file number %1 renames \"%2\" to \"%3\", the name of another "
                                              "candidate of this promotion")
                                               .arg(before.reference, before.name, after.name)));
            continue;
        }
        CandidateImportRow item{{before, after}, line, CandidateChangeText::changes(before, after)};
        if (item.changes.isEmpty()) {
            plan.unchanged.append(item);
            continue;
        }
        const bool isDecided = before.decision != Decision::None;
        for (const FieldError &error : after.validate(rule)) {
            (isDecided ? plan.forcedProblems : plan.problems)
                .append(problemAt(line, candidateFieldColumn(error.field),
                                  QStringLiteral("\"%1\": %2").arg(after.name, error.message)));
        }
        (isDecided ? plan.decided : plan.changed).append(item);
    }
    const auto byLine = [](const CsvProblem &left, const CsvProblem &right) {
        return left.line < right.line;
    };
    std::stable_sort(plan.problems.begin(), plan.problems.end(), byLine);
    return plan;
}

CandidateUpdates CandidateImportPlan::updates(bool forceDecided) const
{
    CandidateUpdates updates;
    for (const CandidateImportRow &row : changed)
        updates.append(row.update);
    if (forceDecided) {
        for (const CandidateImportRow &row : decided)
            updates.append(row.update);
    }
    return updates;
}

QStringList CandidateImportPlan::messages(bool forceDecided) const
{
    QStringList texts;
    for (const CsvProblem &problem : problems)
        texts.append(problem.toString());
    if (forceDecided) {
        for (const CsvProblem &problem : forcedProblems)
            texts.append(problem.toString());
    }
    return texts;
}

QStringList CandidateImportPlan::describe(bool forceDecided) const
{
    QStringList lines;
    for (const CandidateImportRow &row : changed) {
        for (const CandidateImportChange &change : row.changes)
            lines.append(QStringLiteral("~ %1: %2").arg(row.update.before.name, change.toString()));
    }
    for (const CandidateImportRow &row : decided) {
        const QString decision = decisionDisplayName(row.update.before.decision);
        for (const CandidateImportChange &change : row.changes) {
            lines.append(forceDecided
                             ? tr("~ %1: %2 (decided: %3)").arg(row.update.before.name, change.toString(), decision)
                             : tr("! %1: %2 (decided: %3; not changed)")
                                   .arg(row.update.before.name, change.toString(), decision));
        }
    }
    for (const Candidate &candidate : added)
        lines.append(QStringLiteral("+ %1").arg(candidate.name));
    if (!unchanged.isEmpty())
        lines.append(tr("= %n unchanged", nullptr, int(unchanged.size())));
    return lines;
}
