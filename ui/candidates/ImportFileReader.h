#pragma once

#include "domain/CofinancingRule.h"
#include "reports/CandidateCsvParse.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class ColumnMappingStore;
class CommitteeStore;
class ImportPreviewDialog;

// Reads the file an import preview shows, again each time the user chooses another sheet or another column
// for a field, through the mapping saved for the file's header (ColumnMappingStore) unless the user chose
// one; and saves the mapping shown under the name the user gives. Lives as long as its preview.
class ImportFileReader : public QObject
{
    Q_OBJECT

public:
    ImportFileReader(CommitteeStore &store, QString path, const CofinancingRule &rule, QSet<QString> nameKeys,
                     QObject *parent = nullptr);

    // The file's sheet (empty: the first) read through the given mapping, else the saved or proposed one.
    CandidateCsvParse read(const QString &sheet, const std::optional<ColumnMapping> &mapping = std::nullopt) const;
    // Connects the preview's sheet, mapping and save controls to this reader.
    void attach(ImportPreviewDialog *dialog);

private:
    void save(ImportPreviewDialog *dialog, const QString &name);

    ColumnMappingStore *m_mappings;
    QString m_path;
    CofinancingRule m_rule;
    QSet<QString> m_nameKeys;
    QString m_sheet;
};
