#include "ImportMappingOptions.h"

#include "reports/CandidateCsvImport.h"
#include "reports/CandidateFileImport.h"
#include "reports/CandidateImportFields.h"
#include "reports/ColumnMappingProposal.h"
#include "reports/SavedColumnMappings.h"
#include "storage/ColumnMappingStore.h"

#include <QCommandLineParser>

namespace {

QStringList titlesOf(const CandidateCsvParse &parse)
{
    QStringList titles;
    for (const ImportColumn &column : parse.columns)
        titles.append(column.title);
    return titles;
}

} // namespace

ImportMappingOptions::ImportMappingOptions(QCommandLineParser &parser)
    : m_parser(parser), m_mappingOption(QStringLiteral("mapping"),
                                        tr("Reads the file through the column mapping saved under NAME."), tr("NAME")),
      m_mapOption(QStringLiteral("map"),
                  tr("Reads the field from the column so titled, e.g. budget_annuel=\"Budget annuel du projet (€)\" "
                     "(repeatable; an empty title leaves the field unmapped). Fields: %1")
                      .arg(CandidateImportFields::namesDescription()),
                  tr("FIELD=TITLE")),
      m_saveOption(QStringLiteral("save-mapping"), tr("Saves the column mapping used under NAME."), tr("NAME"))
{
    m_parser.addOption(m_mappingOption);
    m_parser.addOption(m_mapOption);
    m_parser.addOption(m_saveOption);
}

Result<CandidateCsvParse> ImportMappingOptions::parse(const QString &path, const QString &sheet,
                                                      const CofinancingRule &rule,
                                                      const QSet<QString> &existingNameKeys,
                                                      ColumnMappingStore &mappings) const
{
    CandidateFileImport::MappingChoice choice;
    QString refusal;
    if (m_parser.isSet(m_mappingOption)) {
        const QString name = m_parser.value(m_mappingOption);
        const Result<std::optional<SavedColumnMapping>> saved = mappings.byName(name);
        if (!saved)
            return Result<CandidateCsvParse>::failure(saved.error());
        if (!saved.value()) {
            const Result<QStringList> names = mappings.names();
            if (!names)
                return Result<CandidateCsvParse>::failure(names.error());
            return Result<CandidateCsvParse>::failure(
                names.value().isEmpty()
                    ? tr("no column mapping is saved under \"%1\": there is no saved mapping yet").arg(name)
                    : tr("no column mapping is saved under \"%1\"; the saved mappings are %2")
                          .arg(name, names.value().join(QLatin1String(", "))));
        }
        const SavedColumnMapping chosen = *saved.value();
        choice.saved = [chosen, &refusal](const QStringList &titles) -> std::optional<ColumnMapping> {
            const Result<ColumnMapping> mapping = SavedColumnMappings::fromSaved(chosen, titles);
            if (!mapping) {
                refusal = mapping.error();
                return std::nullopt;
            }
            return mapping.value();
        };
    } else {
        choice.saved = SavedColumnMappings::savedIn(mappings);
    }
    CandidateCsvParse parsed = CandidateFileImport::parseFile(path, sheet, rule, existingNameKeys, choice);
    if (!refusal.isEmpty())
        return Result<CandidateCsvParse>::failure(refusal);
    const QStringList maps = m_parser.values(m_mapOption);
    if (maps.isEmpty() || parsed.columns.isEmpty())
        return Result<CandidateCsvParse>::success(parsed);

    const QStringList titles = titlesOf(parsed);
    QStringList keys;
    for (const QString &title : titles)
        keys.append(ColumnMappingProposal::titleKey(title));
    ColumnMapping mapping = parsed.mapping;
    for (const QString &map : maps) {
        const qsizetype equals = map.indexOf(QLatin1Char('='));
        const QString fieldName = map.left(equals).trimmed();
        const std::optional<CandidateField> field =
            equals > 0 ? CandidateImportFields::fromName(fieldName) : std::nullopt;
        if (!field)
            return Result<CandidateCsvParse>::failure(
                tr("--map %1: \"%2\" is not a field; the fields are %3")
                    .arg(map, fieldName, CandidateImportFields::namesDescription()));
        const QString title = map.mid(equals + 1).trimmed();
        int column = -1;
        if (!title.isEmpty()) {
            column = int(keys.indexOf(ColumnMappingProposal::titleKey(title)));
            if (column < 0)
                return Result<CandidateCsvParse>::failure(
                    tr("--map %1: the file has no column \"%2\"; its columns are %3")
                        .arg(map, title, CandidateCsvImport::describeColumns(titles)));
        }
        mapping.set(*field, column, ColumnMapping::Source::Given);
    }
    choice.given = mapping;
    return Result<CandidateCsvParse>::success(
        CandidateFileImport::parseFile(path, sheet, rule, existingNameKeys, choice));
}

QStringList ImportMappingOptions::describe(const CandidateCsvParse &parse)
{
    QStringList lines;
    // A file of the app's own columns is read by their names: there is no mapping to show.
    if (parse.columns.isEmpty() || parse.readByColumnNames)
        return lines;
    lines.append(parse.mapping.savedName.isEmpty() ? tr("Column mapping:")
                                                   : tr("Column mapping « %1 »:").arg(parse.mapping.savedName));
    for (const CandidateImportFields::Field &field : CandidateImportFields::all()) {
        const int column = parse.mapping.column(field.field);
        if (column < 0 || column >= parse.columns.size()) {
            lines.append(tr("  %1 ← (not in the file)").arg(field.french));
            continue;
        }
        QString how;
        switch (parse.mapping.source(field.field)) {
        case ColumnMapping::Source::Saved:
            how = tr("saved");
            break;
        case ColumnMapping::Source::Given:
            how = tr("given");
            break;
        default:
            how = tr("proposed");
            break;
        }
        lines.append(tr("  %1 ← %2 (%3)").arg(field.french, parse.columns.at(column).title, how));
    }
    QStringList others;
    for (int column = 0; column < parse.columns.size(); ++column) {
        if (!parse.columns.at(column).title.isEmpty() && parse.mapping.fieldAt(column) < 0)
            others.append(parse.columns.at(column).title);
    }
    if (!others.isEmpty())
        lines.append(tr("  kept as other answers: %1").arg(others.join(QLatin1String(", "))));
    return lines;
}

Result<QString> ImportMappingOptions::save(const CandidateCsvParse &parse, ColumnMappingStore &mappings) const
{
    if (!m_parser.isSet(m_saveOption))
        return Result<QString>::success(QString());
    const QString name = m_parser.value(m_saveOption);
    const Result<std::optional<SavedColumnMapping>> saved =
        mappings.save(SavedColumnMappings::toSaved(name, titlesOf(parse), parse.mapping));
    if (!saved)
        return Result<QString>::failure(saved.error());
    return Result<QString>::success(saved.value() ? tr("Column mapping « %1 » replaced.").arg(name.trimmed())
                                                  : tr("Column mapping « %1 » saved.").arg(name.trimmed()));
}
