#include "commands/ImportPaymentsCommand.h"

#include "storage/FollowUpStore.h"

ImportPaymentsCommand::ImportPaymentsCommand(CommitteeStore &store, FollowUpStore &followUp, const QString &text,
                                             QList<PaymentRecord> payments)
    : StoreCommand(store, text), m_followUp(followUp), m_payments(std::move(payments))
{}

Outcome ImportPaymentsCommand::apply()
{
    if (m_recorded) {
        QList<LaureateFollowUp> after;
        for (const FollowUpChange &change : std::as_const(m_changes))
            after.append(change.after);
        return m_followUp.restore(after);
    }
    const Result<QList<FollowUpChange>> recorded = m_followUp.recordPayments(m_payments);
    if (!recorded)
        return Outcome::failure(recorded.error());
    m_changes = recorded.value();
    m_recorded = true;
    return Outcome::success();
}

Outcome ImportPaymentsCommand::revert()
{
    QList<LaureateFollowUp> before;
    for (const FollowUpChange &change : std::as_const(m_changes))
        before.append(change.before);
    return m_followUp.restore(before);
}
