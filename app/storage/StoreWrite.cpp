#include "StoreWrite.h"

#include "AuditLogRepository.h"
#include "CandidateRepository.h"
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

// The messages keep the translation context they had in CommitteeStore, the first of their copies.

Result<Promotion> StoreWrite::promotion(int number) const
{
    const Result<std::optional<Promotion>> promotion = PromotionRepository(m_connection).byNumber(number);
    if (!promotion)
        return Result<Promotion>::failure(promotion.error());
    if (!promotion.value())
        return Result<Promotion>::failure(
            QCoreApplication::translate("CommitteeStore", "There is no promotion FAST%1.").arg(number));
    return Result<Promotion>::success(*promotion.value());
}

Result<Promotion> StoreWrite::writablePromotion(int number) const
{
    const Result<Promotion> promotion = this->promotion(number);
    if (!promotion)
        return promotion;
    if (const Outcome writable = checkWritable(promotion.value()); !writable)
        return Result<Promotion>::failure(writable.error());
    return promotion;
}

Result<Promotion> StoreWrite::promotionById(qint64 id) const
{
    const Result<std::optional<Promotion>> promotion = PromotionRepository(m_connection).byId(id);
    if (!promotion)
        return Result<Promotion>::failure(promotion.error());
    if (!promotion.value())
        return Result<Promotion>::failure(
            QCoreApplication::translate("CommitteeStore", "This promotion no longer exists."));
    return Result<Promotion>::success(*promotion.value());
}

Result<std::pair<Candidate, Promotion>> StoreWrite::writableCandidate(qint64 id) const
{
    using Found = std::pair<Candidate, Promotion>;
    const Result<std::optional<Candidate>> candidate = CandidateRepository(m_connection).byId(id);
    if (!candidate)
        return Result<Found>::failure(candidate.error());
    if (!candidate.value())
        return Result<Found>::failure(
            QCoreApplication::translate("CommitteeStore", "This candidate no longer exists."));
    const Result<Promotion> owner = promotionById(candidate.value()->promotionId);
    if (!owner)
        return Result<Found>::failure(owner.error());
    if (const Outcome writable = checkWritable(owner.value()); !writable)
        return Result<Found>::failure(writable.error());
    return Result<Found>::success({*candidate.value(), owner.value()});
}

Result<std::pair<Candidate, Promotion>> StoreWrite::followUpCandidate(qint64 id) const
{
    using Found = std::pair<Candidate, Promotion>;
    const Result<std::optional<Candidate>> candidate = CandidateRepository(m_connection).byId(id);
    if (!candidate)
        return Result<Found>::failure(candidate.error());
    if (!candidate.value())
        return Result<Found>::failure(
            QCoreApplication::translate("CommitteeStore", "This candidate no longer exists."));
    const Result<Promotion> owner = promotionById(candidate.value()->promotionId);
    if (!owner)
        return Result<Found>::failure(owner.error());
    if (candidate.value()->decision != Decision::Laureate)
        return Result<Found>::failure(
            QCoreApplication::translate("FollowUpStore", "%1 / %2 is not a laureate: only a laureate has a follow-up.")
                .arg(owner.value().label(), candidate.value()->name));
    return Result<Found>::success({*candidate.value(), owner.value()});
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
