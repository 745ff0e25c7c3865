#pragma once

#include "reports/PaymentSchedule.h"

#include <QDialog>

class CommitteeStore;
class FollowUpPdfExport;
class FollowUpStore;
class QLabel;
class QSpinBox;
class QTableWidget;

// View > Payment Schedule: one budget year's figures as the programme's budget documents count them
// (PaymentSchedule): the restes à payer at the start and end of the year, the AE committed and cancelled,
// the CP paid and still planned, and the schedule of CP to open by year (Y, Y+1, Y+2, beyond), earlier
// commitments and the year's own on two rows and their total, in tables the secretariat selects and copies
// (Copy puts both, tab-separated, on the clipboard); Export to PDF… prints the year shown as the official
// schedule (FollowUpPdfExport). It follows the follow-up's changes while open.
class PaymentScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentScheduleDialog(CommitteeStore &store, FollowUpStore &followUp, int year, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);
    QTableWidget *figuresTable() const { return m_figures; }
    QTableWidget *scheduleTable() const { return m_schedule; }
    // Both tables as tab-separated lines, what Copy puts on the clipboard.
    QString copyText() const;
    FollowUpPdfExport *pdfExport() const { return m_pdfExport; }

private:
    void reload();
    void fill(const PaymentSchedule &schedule);

    CommitteeStore &m_store;
    FollowUpStore &m_followUp;
    QSpinBox *m_yearSpinBox;
    QTableWidget *m_figures;
    QTableWidget *m_schedule;
    QLabel *m_statusLabel;
    FollowUpPdfExport *m_pdfExport;
};
