#include "commands/AddPromotionCommand.h"

#include "storage/CommitteeStore.h"

#include <QCoreApplication>

AddPromotionCommand::AddPromotionCommand(CommitteeStore &store, const Promotion &promotion)
    : StoreCommand(store,
                   QCoreApplication::translate("AddPromotionCommand", "Add promotion %1").arg(promotion.label())),
      m_promotion(promotion)
{}

Outcome AddPromotionCommand::apply()
{
    Promotion fresh = m_promotion;
    fresh.id = 0;
    const Result<Promotion> added = m_store.addPromotion(fresh);
    if (!added)
        return Outcome::failure(added.error());
    return Outcome::success();
}

Outcome AddPromotionCommand::revert()
{
    return m_store.removePromotion(m_promotion.number);
}
