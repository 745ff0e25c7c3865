#pragma once

#include "reports/CandidateCsvParse.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The mapping step of the import preview: every column of the file with its first values and what it is read
// as, and one combo box per candidate field with the column proposed (or saved, or chosen) preselected, or
// "— not in the file —". Choosing a column takes it from any field that held it, and asks at once, through
// mappingChosen(), for the file to be read again that way. A required field left without a column is named
// by missingReason(), which the preview shows beside its disabled Import button. The mapping can be saved
// under a name (saveRequested()), and is then proposed again for a file with the same header.
class ColumnMappingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnMappingPanel(QWidget *parent = nullptr);

    // Shows the parse's columns and the mapping they were read through.
    void setParse(const CandidateCsvParse &parse);
    ColumnMapping mapping() const { return m_mapping; }
    // "Map a column to « Annual budget » to import" for the first required field without a column; empty
    // when every required field has one.
    QString missingReason() const;
    // Says how a save went, under the save control.
    void showSaveResult(const QString &text, bool failed);

    QComboBox *fieldComboBox(CandidateField field) const { return m_comboOf.value(int(field)); }
    QTableWidget *columnsTable() const { return m_columnsTable; }
    QLineEdit *mappingNameEdit() const { return m_nameEdit; }
    QPushButton *saveMappingButton() const { return m_saveButton; }
    QLabel *statusLabel() const { return m_statusLabel; }

signals:
    void mappingChosen(const ColumnMapping &mapping);
    void saveRequested(const QString &name);

private:
    void fillCombos();
    void fillColumns();
    void choose(CandidateField field, int column);
    QString columnText(int column) const;

    QList<ImportColumn> m_columns;
    ColumnMapping m_mapping;
    QHash<int, QComboBox *> m_comboOf;
    QHash<int, QLabel *> m_samplesOf;
    QLabel *m_statusLabel;
    QTableWidget *m_columnsTable;
    QLineEdit *m_nameEdit;
    QPushButton *m_saveButton;
    QLabel *m_saveResultLabel;
};
