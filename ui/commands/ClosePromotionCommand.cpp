#include "commands/ClosePromotionCommand.h"

#include "storage/CommitteeStore.h"

#include <QCoreApplication>

ClosePromotionCommand::ClosePromotionCommand(CommitteeStore &store, int promotionNumber, const QDate &committeeDate)
    : StoreCommand(store,
                   QCoreApplication::translate("ClosePromotionCommand", "Close promotion FAST%1").arg(promotionNumber)),
      m_promotionNumber(promotionNumber), m_committeeDate(committeeDate)
{}

Outcome ClosePromotionCommand::setCommitteeDate(const QDate &date)
{
    std::optional<Promotion> promotion = m_store.promotion(m_promotionNumber);
    if (!promotion)
        return Outcome::failure(
            QCoreApplication::translate("CommitteeStore", "There is no promotion FAST%1.").arg(m_promotionNumber));
    promotion->committeeDate = date;
    return m_store.updatePromotion(*promotion);
}

Outcome ClosePromotionCommand::apply()
{
    const std::optional<Promotion> promotion = m_store.promotion(m_promotionNumber);
    m_dateChanged = false;
    if (promotion && !promotion->isClosed() && m_committeeDate.isValid() &&
        m_committeeDate != promotion->committeeDate) {
        // What blocks the closing is said before the date is written, so that a refused close changes nothing.
        if (const Outcome closable = promotion->checkCanClose(m_store.candidates(m_promotionNumber)); !closable)
            return closable;
        m_previousDate = promotion->committeeDate;
        if (const Outcome dated = setCommitteeDate(m_committeeDate); !dated)
            return dated;
        m_dateChanged = true;
    }
    const Outcome closed = m_store.closePromotion(m_promotionNumber);
    if (!closed && m_dateChanged) {
        setCommitteeDate(m_previousDate);
        m_dateChanged = false;
    }
    return closed;
}

Outcome ClosePromotionCommand::revert()
{
    const Outcome reopened = m_store.reopenPromotion(
        m_promotionNumber, QCoreApplication::translate("ClosePromotionCommand", "Closing undone in the window."));
    if (!reopened || !m_dateChanged)
        return reopened;
    return setCommitteeDate(m_previousDate);
}
