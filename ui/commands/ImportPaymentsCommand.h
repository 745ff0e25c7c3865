#pragma once

#include "commands/StoreCommand.h"
#include "domain/PaymentRecord.h"
#include "storage/FollowUpChange.h"

#include <QList>

class FollowUpStore;

// The payments of a bank file recorded from the window (Follow-up tab, Import Payments): the first redo
// records them through FollowUpStore::recordPayments, all or nothing with the rules and the audit, and keeps
// every laureate it paid as it was before and after, so that undo puts them all back in one transaction
// (FollowUpStore::restore) and a later redo writes them again the same way.
class ImportPaymentsCommand : public StoreCommand
{
public:
    ImportPaymentsCommand(CommitteeStore &store, FollowUpStore &followUp, const QString &text,
                          QList<PaymentRecord> payments);

    // The laureates paid, once recorded (empty before the first redo).
    int laureateCount() const { return int(m_changes.size()); }

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    FollowUpStore &m_followUp;
    QList<PaymentRecord> m_payments;
    QList<FollowUpChange> m_changes;
    bool m_recorded = false;
};
