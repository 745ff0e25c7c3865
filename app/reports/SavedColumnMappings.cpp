#include "SavedColumnMappings.h"

#include "CandidateCsvImport.h"
#include "CandidateImportFields.h"
#include "ColumnMappingProposal.h"
#include "storage/ColumnMappingStore.h"

#include <QJsonArray>
#include <QJsonDocument>

QString SavedColumnMappings::headerKey(const QStringList &titles)
{
    QJsonArray keys;
    for (const QString &title : titles)
        keys.append(ColumnMappingProposal::titleKey(title));
    return QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact));
}

SavedColumnMapping SavedColumnMappings::toSaved(const QString &name, const QStringList &titles,
                                                const ColumnMapping &mapping)
{
    SavedColumnMapping saved;
    saved.name = name;
    saved.headerKey = headerKey(titles);
    for (const CandidateImportFields::Field &field : CandidateImportFields::all()) {
        const int column = mapping.column(field.field);
        if (column >= 0 && column < titles.size())
            saved.fields.append({field.french, titles.at(column)});
    }
    return saved;
}

Result<ColumnMapping> SavedColumnMappings::fromSaved(const SavedColumnMapping &saved, const QStringList &titles)
{
    ColumnMapping mapping = ColumnMapping::none(CandidateImportFields::count());
    mapping.savedName = saved.name;
    QStringList keys;
    for (const QString &title : titles)
        keys.append(ColumnMappingProposal::titleKey(title));
    for (const auto &[fieldName, title] : saved.fields) {
        const std::optional<CandidateField> field = CandidateImportFields::fromName(fieldName);
        if (!field)
            continue; // a field a later version no longer maps
        const int column = int(keys.indexOf(ColumnMappingProposal::titleKey(title)));
        if (column < 0)
            return Result<ColumnMapping>::failure(
                tr("the saved mapping \"%1\" reads « %2 » from the column \"%3\", which this file does not have; "
                   "the file's columns are %4")
                    .arg(saved.name, CandidateImportFields::displayName(*field), title,
                         CandidateCsvImport::describeColumns(titles)));
        mapping.set(*field, column, ColumnMapping::Source::Saved);
    }
    return Result<ColumnMapping>::success(mapping);
}

std::function<std::optional<ColumnMapping>(const QStringList &titles)>
SavedColumnMappings::savedIn(ColumnMappingStore &store)
{
    return [&store](const QStringList &titles) -> std::optional<ColumnMapping> {
        const Result<std::optional<SavedColumnMapping>> saved = store.byHeaderKey(headerKey(titles));
        if (!saved || !saved.value())
            return std::nullopt;
        const Result<ColumnMapping> mapping = fromSaved(*saved.value(), titles);
        return mapping ? std::optional<ColumnMapping>(mapping.value()) : std::nullopt;
    };
}
