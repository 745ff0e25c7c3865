#pragma once

#include "domain/Result.h"

#include <QObject>

class CommitteeStore;
class FollowUpStore;
class QWidget;

// The follow-up's two official PDFs from the window: the year's payment schedule (the payment schedule's
// Export to PDF…) and a laureate's follow-up sheet (Export Sheet (PDF)… in the follow-up dialog and in the
// Follow-up tab), as the command line exports them (PaymentSchedulePdf, FollowUpSheetPdf), headed by the
// authority of the Preferences. The dialogs ask where through the exports' one save dialog (ExportFileDialog);
// the file is written whole or not at all (OutputFile), a refusal is shown in a message box that names the
// file and says why, a success in the window's status bar. The methods without "Dialog" ask nothing (tests
// call them).
class FollowUpPdfExport : public QObject
{
    Q_OBJECT

public:
    // parent: the widget the dialogs and the message box belong to.
    FollowUpPdfExport(CommitteeStore &store, FollowUpStore &followUp, QWidget *parent);

    Outcome exportSchedule(int year, const QString &path);
    Outcome exportSheet(qint64 candidateId, const QString &path);

    void exportScheduleDialog(int year);
    void exportSheetDialog(qint64 candidateId);

signals:
    // What was written, as the status bar says it.
    void exported(const QString &message);

private:
    // A success in the window's status bar, a refusal in a message box.
    void report(const Outcome &written);
    void showStatus(const QString &message);

    CommitteeStore &m_store;
    FollowUpStore &m_followUp;
    QWidget *m_parent;
};
