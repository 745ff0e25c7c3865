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
    // Closed again as it was: reopening kept the committee's date.
    const Result<std::optional<Promotion>> promotion = m_store.promotion(m_promotionNumber);
    if (!promotion)
        return Outcome::failure(promotion.error());
    return m_store.closePromotion(m_promotionNumber, promotion.value() ? promotion.value()->committeeDate : QDate());
}
