#include "commands/ClosePromotionCommand.h"

#include "storage/CommitteeStore.h"

#include <QCoreApplication>

ClosePromotionCommand::ClosePromotionCommand(CommitteeStore &store, int promotionNumber)
    : StoreCommand(store,
                   QCoreApplication::translate("ClosePromotionCommand", "Close promotion FAST%1").arg(promotionNumber)),
      m_promotionNumber(promotionNumber)
{}

Outcome ClosePromotionCommand::apply()
{
    return m_store.closePromotion(m_promotionNumber);
}

Outcome ClosePromotionCommand::revert()
{
    return m_store.reopenPromotion(
        m_promotionNumber, QCoreApplication::translate("ClosePromotionCommand", "Closing undone in the window."));
}
