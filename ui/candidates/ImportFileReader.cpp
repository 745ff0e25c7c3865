#include "candidates/ImportFileReader.h"

#include "candidates/ColumnMappingPanel.h"
#include "candidates/ImportPreviewDialog.h"
#include "reports/CandidateFileImport.h"
#include "reports/SavedColumnMappings.h"
#include "storage/ColumnMappingStore.h"

ImportFileReader::ImportFileReader(CommitteeStore &store, QString path, const CofinancingRule &rule,
                                   QSet<QString> nameKeys, QObject *parent)
    : QObject(parent), m_mappings(new ColumnMappingStore(store, this)), m_path(std::move(path)), m_rule(rule),
      m_nameKeys(std::move(nameKeys))
{}

CandidateCsvParse ImportFileReader::read(const QString &sheet, const std::optional<ColumnMapping> &mapping) const
{
    CandidateFileImport::MappingChoice choice;
    choice.given = mapping;
    choice.saved = SavedColumnMappings::savedIn(*m_mappings);
    return CandidateFileImport::parseFile(m_path, sheet, m_rule, m_nameKeys, choice);
}

void ImportFileReader::attach(ImportPreviewDialog *dialog)
{
    connect(dialog, &ImportPreviewDialog::sheetChosen, this, [this, dialog](const QString &sheet) {
        // Another sheet has another header: its own saved or proposed mapping.
        m_sheet = sheet;
        dialog->setParse(read(sheet));
    });
    connect(dialog->mappingPanel(), &ColumnMappingPanel::mappingChosen, this,
            [this, dialog](const ColumnMapping &mapping) { dialog->setParse(read(m_sheet, mapping)); });
    connect(dialog->mappingPanel(), &ColumnMappingPanel::saveRequested, this,
            [this, dialog](const QString &name) { save(dialog, name); });
}

void ImportFileReader::save(ImportPreviewDialog *dialog, const QString &name)
{
    const CandidateCsvParse &shown = dialog->parse();
    QStringList titles;
    for (const ImportColumn &column : shown.columns)
        titles.append(column.title);
    const Result<std::optional<SavedColumnMapping>> saved =
        m_mappings->save(SavedColumnMappings::toSaved(name, titles, shown.mapping));
    if (!saved) {
        dialog->mappingPanel()->showSaveResult(saved.error(), true);
        return;
    }
    ColumnMapping mapping = shown.mapping;
    mapping.savedName = name.trimmed();
    dialog->setParse(read(m_sheet, mapping));
    dialog->mappingPanel()->showSaveResult(saved.value() ? tr("Mapping « %1 » replaced.").arg(name.trimmed())
                                                         : tr("Mapping « %1 » saved.").arg(name.trimmed()),
                                           false);
}
