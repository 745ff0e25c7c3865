#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QDialog>
#include <QList>

class AuditLogFilterProxyModel;
class AuditLogModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The audit log in the window (what `fast-committee audit` prints): every change, newest first, with who
// made it and the old and new values, filtered by promotion, candidate, operator and a range of days, and
// the rows shown exported to CSV with the command line's columns (AuditCsvExport) through the one safe
// output path. It shows the entries it was given when opened; the window opens it modal, so the log
// cannot grow behind it.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    // promotionNumber: the promotion the filter starts on (0: every promotion).
    AuditLogDialog(const QList<AuditEntry> &entries, int promotionNumber, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    AuditLogFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // The entries the filters let through, in the order shown.
    QList<AuditEntry> shownEntries() const;
    // Writes shownEntries() to path (OutputFile: whole or not at all, never over the database); the
    // status line says how many were written, or why not.
    Outcome exportCsv(const QString &path);

private:
    void fillFilters(int promotionNumber);
    void applyFilters();
    void clearFilters();
    void updateCount();
    void askAndExport();

    QList<AuditEntry> m_entries;
    AuditLogModel *m_model;
    AuditLogFilterProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    QComboBox *m_promotionCombo = nullptr;
    QLineEdit *m_candidateEdit = nullptr;
    QComboBox *m_operatorCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
};
