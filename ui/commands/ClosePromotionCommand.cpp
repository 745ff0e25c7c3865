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
    const Result<std::optional<Promotion>> read = m_store.promotion(m_promotionNumber);
    if (!read)
        return Outcome::failure(read.error());
    std::optional<Promotion> promotion = read.value();
    if (!promotion)
        return Outcome::failure(
            QCoreApplication::translate("CommitteeStore", "There is no promotion FAST%1.").arg(m_promotionNumber));
    promotion->committeeDate = date;
    return m_store.updatePromotion(*promotion);
}

Outcome ClosePromotionCommand::apply()
{
    const Result<std::optional<Promotion>> read = m_store.promotion(m_promotionNumber);
    if (!read)
        return Outcome::failure(read.error());
    const std::optional<Promotion> promotion = read.value();
    // The core records a new date in the same write as the closing (and refuses a close without one); the
    // undo needs the date it replaced.
    const QDate previous = promotion ? promotion->committeeDate : QDate();
    const QDate date = m_committeeDate.isValid() ? m_committeeDate : previous;
    const Outcome closed = m_store.closePromotion(m_promotionNumber, date);
    if (closed) {
        m_previousDate = previous;
        m_dateChanged = date != previous;
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
