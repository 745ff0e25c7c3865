#include "ColumnMappingProposal.h"

#include "CandidateImportFields.h"
#include "CsvColumnMap.h"

#include <algorithm>

QString ColumnMappingProposal::titleKey(const QString &title)
{
    QString key = CsvColumnMap::columnKey(title);
    for (QChar &c : key) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    return key.simplified();
}

ColumnMapping ColumnMappingProposal::propose(const QStringList &headerNames)
{
    const QList<CandidateImportFields::Field> &fields = CandidateImportFields::all();
    ColumnMapping mapping = ColumnMapping::none(int(fields.size()));
    QStringList keys;
    keys.reserve(headerNames.size());
    for (const QString &name : headerNames)
        keys.append(titleKey(name));
    QList<bool> taken(keys.size(), false);

    const auto take = [&](int field, int column, ColumnMapping::Source source) {
        mapping.columnOf[field] = column;
        mapping.sourceOf[field] = source;
        taken[column] = true;
    };
    const auto firstFree = [&](auto matches) {
        for (int column = 0; column < keys.size(); ++column) {
            if (!taken.at(column) && !keys.at(column).isEmpty() && matches(keys.at(column)))
                return column;
        }
        return -1;
    };

    for (int field = 0; field < fields.size(); ++field) {
        const QString french = titleKey(fields.at(field).french);
        const QString english = titleKey(fields.at(field).english);
        if (const int column = firstFree([&](const QString &key) { return key == french || key == english; });
            column >= 0)
            take(field, column, ColumnMapping::Source::Exact);
    }
    for (int field = 0; field < fields.size(); ++field) {
        if (mapping.columnOf.at(field) >= 0)
            continue;
        for (const QString &synonym : fields.at(field).synonyms) {
            const QString wanted = titleKey(synonym);
            if (const int column = firstFree([&](const QString &key) { return key == wanted; }); column >= 0) {
                take(field, column, ColumnMapping::Source::Synonym);
                break;
            }
        }
    }
    for (int field = 0; field < fields.size(); ++field) {
        if (mapping.columnOf.at(field) >= 0)
            continue;
        QStringList synonyms = fields.at(field).synonyms;
        // The most precise title first: "montant demande au fast" before "montant demande".
        std::stable_sort(synonyms.begin(), synonyms.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &synonym : std::as_const(synonyms)) {
            const QString wanted = titleKey(synonym);
            if (!wanted.contains(QLatin1Char(' ')))
                continue;
            const QString padded = QLatin1Char(' ') + wanted + QLatin1Char(' ');
            const int column = firstFree(
                [&](const QString &key) { return (QLatin1Char(' ') + key + QLatin1Char(' ')).contains(padded); });
            if (column >= 0) {
                take(field, column, ColumnMapping::Source::Contained);
                break;
            }
        }
    }
    return mapping;
}

bool ColumnMappingProposal::readsAFormExport(const ColumnMapping &proposal)
{
    if (proposal.column(CandidateField::Reference) >= 0)
        return true;
    for (const ColumnMapping::Source source : proposal.sourceOf) {
        // A known title found whole; one found inside a longer cell is not enough on its own: a line of JSON
        // or a header split on the wrong delimiter holds "budget_annuel" too.
        if (source == ColumnMapping::Source::Synonym)
            return true;
    }
    return false;
}

ColumnMappingProposal::Score ColumnMappingProposal::score(const QStringList &headerNames)
{
    const ColumnMapping mapping = propose(headerNames);
    Score score;
    const QList<CandidateImportFields::Field> &fields = CandidateImportFields::all();
    for (int field = 0; field < fields.size(); ++field) {
        if (mapping.columnOf.at(field) < 0)
            continue;
        ++score.fields;
        score.required += fields.at(field).required ? 1 : 0;
    }
    return score;
}
