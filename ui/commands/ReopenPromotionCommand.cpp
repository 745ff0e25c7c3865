#include "commands/ReopenPromotionCommand.h"

#include "storage/CommitteeStore.h"

#include <QCoreApplication>

ReopenPromotionCommand::ReopenPromotionCommand(CommitteeStore &store, int promotionNumber, const QString &reason)
    : StoreCommand(
          store, QCoreApplication::translate("ReopenPromotionCommand", "Reopen promotion FAST%1").arg(promotionNumber)),
      m_promotionNumber(promotionNumber), m_reason(reason)
{}

Outcome ReopenPromotionCommand::apply()
{
    return m_store.reopenPromotion(m_promotionNumber, m_reason);
}

Outcome ReopenPromotionCommand::revert()
{
    return m_store.closePromotion(m_promotionNumber);
}
