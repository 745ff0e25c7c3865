#include "StoreWrite.h"

#include "AuditLogRepository.h"
#include "Clock.h"
#include "Database.h"
#include "PromotionRepository.h"

StoreWrite::StoreWrite(Database &database, const QString &operatorName)
    : m_connection(database.connection()), m_transaction(m_connection), m_operatorName(operatorName),
      m_at(database.clock().nowUtc())
{}

Outcome StoreWrite::begun() const
{
    return m_transaction.isActive() ? Outcome::success() : Outcome::failure(m_transaction.beginError());
}

Result<Promotion> StoreWrite::writablePromotion(int number) const
{
    // The messages keep the translation context they had in CommitteeStore, the first of their copies.
    const std::optional<Promotion> promotion = PromotionRepository(m_connection).byNumber(number);
    if (!promotion)
        return Result<Promotion>::failure(
            QCoreApplication::translate("CommitteeStore", "There is no promotion FAST%1.").arg(number));
    if (const Outcome writable = checkWritable(*promotion); !writable)
        return Result<Promotion>::failure(writable.error());
    return Result<Promotion>::success(*promotion);
}

Outcome StoreWrite::checkWritable(const Promotion &promotion)
{
    return promotion.isClosed() ? Outcome::failure(closedMessage(promotion)) : Outcome::success();
}

QString StoreWrite::closedMessage(const Promotion &promotion)
{
    return QCoreApplication::translate("CommitteeStore", "%1 is closed: reopen it before changing it.")
        .arg(promotion.label());
}

void StoreWrite::audit(QLatin1String action, int promotionNumber, const QString &subject, const QString &oldValue,
                       const QString &newValue)
{
    AuditEntry entry;
    entry.at = m_at;
    entry.operatorName = m_operatorName;
    entry.promotionNumber = promotionNumber;
    entry.action = action;
    entry.subject = subject;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    m_entries.append(entry);
}

Outcome StoreWrite::commit()
{
    if (const Outcome active = begun(); !active)
        return active;
    // The audit rows last, all at once (AuditLogRepository::appendAll batches those that share their
    // context), in the same transaction as what they record.
    if (!m_entries.isEmpty()) {
        if (const Outcome logged = AuditLogRepository(m_connection).appendAll(m_entries); !logged)
            return logged;
    }
    if (const Outcome committed = m_transaction.commit(); !committed)
        return committed;
    const QList<std::function<void()>> notifications = std::exchange(m_notifications, {});
    for (const std::function<void()> &emitSignal : notifications)
        emitSignal();
    return Outcome::success();
}
