#include "FollowUpAudit.h"

#include "StoreWrite.h"

#include "domain/AuditAction.h"

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString amendmentText(const Agreement &agreement)
{
    if (!agreement.amended)
        return QString();
    return QStringLiteral("%1 (%2)").arg(agreement.amended->toString(), agreement.amendmentReason);
}

QString withdrawalText(const Agreement &agreement)
{
    if (!agreement.isWithdrawn())
        return QString();
    if (agreement.withdrawalReason.isEmpty())
        return dateText(agreement.withdrawnOn);
    return QStringLiteral("%1 (%2)").arg(dateText(agreement.withdrawnOn), agreement.withdrawalReason);
}

} // namespace

QString FollowUpAudit::trancheText(const PaymentTranche &tranche)
{
    QString words = tr("%1 planned on %2").arg(tranche.planned.toString(), dateText(tranche.plannedOn));
    if (tranche.isPaid())
        words += tr(", paid %1 on %2").arg(tranche.paid.toString(), dateText(tranche.paidOn));
    if (!tranche.reference.isEmpty())
        words += QStringLiteral(" (%1)").arg(tranche.reference);
    return words;
}

QString FollowUpAudit::milestoneText(const Milestone &milestone)
{
    QStringList parts;
    if (milestone.plannedOn.isValid())
        parts.append(tr("planned on %1").arg(dateText(milestone.plannedOn)));
    if (milestone.isDone())
        parts.append(tr("done on %1").arg(dateText(milestone.doneOn)));
    if (!milestone.note.isEmpty())
        parts.append(milestone.note);
    return parts.join(QStringLiteral(", "));
}

void FollowUpAudit::record(StoreWrite &write, const LaureateFollowUp &before, const LaureateFollowUp &after)
{
    const int number = after.promotionNumber;
    const QString subject = after.label() + QStringLiteral(" / ");
    const auto field = [&](QLatin1String action, const QString &name, const QString &oldValue,
                           const QString &newValue) {
        if (oldValue != newValue)
            write.audit(action, number, subject + name, oldValue, newValue);
    };
    const Agreement &was = before.agreement;
    const Agreement &now = after.agreement;
    field(AuditAction::followUpAgreement, QStringLiteral("agreement reference"), was.reference, now.reference);
    field(AuditAction::followUpAgreement, QStringLiteral("signature"), dateText(was.signedOn), dateText(now.signedOn));
    field(AuditAction::followUpAgreement, QStringLiteral("amendment"), amendmentText(was), amendmentText(now));
    field(AuditAction::followUpWithdrawal, QStringLiteral("withdrawal"), withdrawalText(was), withdrawalText(now));
    const qsizetype tranches = std::max(before.tranches.size(), after.tranches.size());
    for (int position = 1; position <= tranches; ++position) {
        const std::optional<PaymentTranche> old = before.tranche(position);
        const std::optional<PaymentTranche> current = after.tranche(position);
        field(AuditAction::followUpTranche, QStringLiteral("tranche %1").arg(position),
              old ? trancheText(*old) : QString(), current ? trancheText(*current) : QString());
    }
    for (const Milestone::Kind kind : Milestone::kinds()) {
        const std::optional<Milestone> old = before.milestone(kind);
        const std::optional<Milestone> current = after.milestone(kind);
        field(AuditAction::followUpMilestone, Milestone::key(kind), old ? milestoneText(*old) : QString(),
              current ? milestoneText(*current) : QString());
    }
}
