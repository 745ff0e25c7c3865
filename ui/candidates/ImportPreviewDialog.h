#pragma once

#include "reports/CandidateCsvParse.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// Shows what a CSV import would do before anything is written: every problem by line and column when
// the file is wrong (and the import button disabled), else the rows that would be imported with their
// eligible amount under the promotion's rule.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const QString &fileName, const CandidateCsvParse &parse, const CofinancingRule &rule,
                        const QString &promotionLabel, QWidget *parent = nullptr);

    QTableWidget *problemsTable() const { return m_problemsTable; }
    QTableWidget *rowsTable() const { return m_rowsTable; }
    QPushButton *importButton() const { return m_importButton; }

private:
    void fillProblems(const CandidateCsvParse &parse);
    void fillRows(const CandidateCsvParse &parse, const CofinancingRule &rule);

    QLabel *m_summaryLabel;
    QTableWidget *m_problemsTable;
    QTableWidget *m_rowsTable;
    QPushButton *m_importButton;
};
