#include "PromotionLifecycle.h"

#include "AuditText.h"
#include "CandidateRepository.h"
#include "PromotionRepository.h"
#include "StoreWrite.h"

#include "domain/AuditAction.h"

Outcome PromotionLifecycle::close(StoreWrite &write, int number, const QDate &committeeDate)
{
    PromotionRepository promotionRows(write.connection());
    // Not the writable guard: closing a closed promotion has its own words.
    const Result<Promotion> found = write.promotion(number);
    if (!found)
        return Outcome::failure(found.error());
    const Promotion &existing = found.value();
    if (existing.isClosed())
        return Outcome::failure(tr("%1 is already closed.").arg(existing.label()));
    if (!committeeDate.isValid())
        return Outcome::failure(
            tr("%1 cannot be closed without the date of the committee that adopted its list.").arg(existing.label()));
    const Result<QList<Candidate>> candidates = CandidateRepository(write.connection()).forPromotion(existing.id);
    if (!candidates)
        return Outcome::failure(candidates.error());
    if (const Outcome canClose = existing.checkCanClose(candidates.value()); !canClose)
        return canClose;
    if (committeeDate != existing.committeeDate) {
        Promotion dated = existing;
        dated.committeeDate = committeeDate;
        if (const Outcome written = promotionRows.update(dated); !written)
            return written;
        for (const AuditText::FieldChange &change : AuditText::promotionChanges(existing, dated))
            write.audit(AuditAction::promotionUpdate, existing.number,
                        existing.label() + QStringLiteral(" / ") + change.field, change.oldValue, change.newValue);
    }
    if (const Outcome written = promotionRows.setStatus(existing.id, PromotionStatus::Closed); !written)
        return written;
    write.audit(AuditAction::promotionClose, existing.number, existing.label(),
                promotionStatusKey(PromotionStatus::Open), promotionStatusKey(PromotionStatus::Closed));
    return Outcome::success();
}

Outcome PromotionLifecycle::reopen(StoreWrite &write, int number, const QString &why)
{
    const Result<Promotion> found = write.promotion(number);
    if (!found)
        return Outcome::failure(found.error());
    const Promotion &existing = found.value();
    if (!existing.isClosed())
        return Outcome::failure(tr("%1 is already open.").arg(existing.label()));
    if (why.isEmpty())
        return Outcome::failure(
            tr("Reopening %1 needs a written reason: it goes to the audit log.").arg(existing.label()));
    if (const Outcome written = PromotionRepository(write.connection()).setStatus(existing.id, PromotionStatus::Open);
        !written)
        return written;
    write.audit(AuditAction::promotionReopen, existing.number, existing.label(),
                promotionStatusKey(PromotionStatus::Closed), why);
    return Outcome::success();
}
