#pragma once

#include "domain/PaymentRecord.h"
#include "shell/PromotionPage.h"

#include <QObject>
#include <QPointer>

class CommitteeStore;
class FollowUpStore;
class QMessageBox;

// The bank's file of payments recorded from the Follow-up tab (issue #18; the command line's `payment import`):
// the file is read and matched against every promotion's laureates (PaymentCsvImport), then either its
// problems are listed, each with its line, and nothing is recorded, or the payments are shown and, once
// confirmed, recorded all or nothing as one step of the window's undo stack (ImportPaymentsCommand). A refusal
// of the rules (a tranche beyond the commitment) names the payment's line; the database is then unchanged.
class PaymentImport : public QObject
{
    Q_OBJECT

public:
    PaymentImport(CommitteeStore &store, FollowUpStore &followUp, PromotionPage::CommandPusher pushCommand,
                  QWidget *parent);

    // Asks for the file, then importFile().
    void chooseFile();
    // Reads the file and opens, window-modal, either the list of its problems or the question that records it;
    // returns the box (deleted on close).
    QMessageBox *importFile(const QString &path);

private:
    void record(const QString &fileName, const QList<PaymentRecord> &payments);
    QMessageBox *showBox(QMessageBox *box);

    CommitteeStore &m_store;
    FollowUpStore &m_followUp;
    PromotionPage::CommandPusher m_pushCommand;
    QWidget *m_parent;
};
