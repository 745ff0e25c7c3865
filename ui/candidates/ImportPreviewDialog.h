#pragma once

#include "reports/CandidateCsvParse.h"
#include "reports/CandidateImportPlan.h"

#include <QDialog>

class ColumnMappingPanel;
class ImportChangesView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Shows what an import would do before anything is written: every problem by line and column when
// the file is wrong (and the import button disabled), else the rows that would be imported with their
// eligible amount under the promotion's rule. For a spreadsheet (XLSX, ODS) it lists the file's sheets in
// a combo box: choosing one asks, through sheetChosen(), for that sheet's parse, which setParse() shows. Its
// ColumnMappingPanel shows how the file's columns are read and lets the user change it (the new parse comes
// back through setParse() too); a required field left unmapped is said beside the disabled Import button.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const QString &fileName, const CandidateCsvParse &parse, const CofinancingRule &rule,
                        const QString &promotionLabel, QWidget *parent = nullptr);

    QTableWidget *problemsTable() const { return m_problemsTable; }
    QTableWidget *rowsTable() const { return m_rowsTable; }
    QPushButton *importButton() const { return m_importButton; }
    QComboBox *sheetComboBox() const { return m_sheetComboBox; }
    ColumnMappingPanel *mappingPanel() const { return m_mappingPanel; }
    QLabel *importReasonLabel() const { return m_importReasonLabel; }
    // The parse shown, whose candidates Import adds.
    const CandidateCsvParse &parse() const { return m_parse; }
    // Shows another parse of the file (another sheet of it), in place of the one shown.
    void setParse(const CandidateCsvParse &parse);
    // The promotion's candidates, which a re-import of the call's export updates by file number: the
    // preview then lists what it adds, changes and leaves (ImportChangesView), and Import applies that plan.
    void setStoredCandidates(const QList<Candidate> &stored);
    ImportChangesView *changesView() const { return m_changesView; }
    // What Import applies: the plan shown, with or without the decided candidates as the user chose.
    const CandidateImportPlan &plan() const;
    bool forceDecided() const;

signals:
    void sheetChosen(const QString &sheetName);

private:
    void fillProblems(const CandidateCsvParse &parse);
    void fillRows(const CandidateCsvParse &parse, const CofinancingRule &rule);
    void fillSheets(const CandidateCsvParse &parse);
    void showChanges();

    CandidateCsvParse m_parse;
    CofinancingRule m_rule;
    QString m_promotionLabel;
    QLabel *m_sheetLabel;
    QComboBox *m_sheetComboBox;
    QLabel *m_summaryLabel;
    QTableWidget *m_problemsTable;
    QTableWidget *m_rowsTable;
    QPushButton *m_importButton;
    ImportChangesView *m_changesView;
    QString m_fileName;
    ColumnMappingPanel *m_mappingPanel;
    QLabel *m_importReasonLabel;
};
