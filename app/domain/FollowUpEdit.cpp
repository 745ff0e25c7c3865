#include "FollowUpEdit.h"

#include <algorithm>

Outcome FollowUpEdit::checkNotWithdrawn(const LaureateFollowUp &followUp)
{
    if (followUp.agreement.isWithdrawn())
        return Outcome::failure(tr("%1 withdrew on %2: its follow-up is closed.")
                                    .arg(followUp.label(), LaureateFollowUp::dateText(followUp.agreement.withdrawnOn)));
    return Outcome::success();
}

Result<LaureateFollowUp> FollowUpEdit::checked(const LaureateFollowUp &after)
{
    if (const Outcome valid = after.validate(); !valid)
        return Result<LaureateFollowUp>::failure(valid.error());
    return Result<LaureateFollowUp>::success(after);
}

Result<LaureateFollowUp> FollowUpEdit::sign(const LaureateFollowUp &before, const QDate &signedOn,
                                            const QString &reference, std::optional<Money> amended,
                                            const QString &amendmentReason, const OpeningKey &key)
{
    using Edited = Result<LaureateFollowUp>;
    if (const Outcome open = checkNotWithdrawn(before); !open)
        return Edited::failure(open.error());
    if (before.agreement.isSigned())
        return Edited::failure(tr("%1's agreement is already signed (on %2).")
                                   .arg(before.label(), LaureateFollowUp::dateText(before.agreement.signedOn)));
    if (!signedOn.isValid())
        return Edited::failure(tr("%1: the agreement needs its date of signature.").arg(before.label()));
    if (signedOn.year() < before.promotionYear || signedOn.year() > before.promotionYear + 5)
        return Edited::failure(tr("%1: a signature on %2 is outside %3–%4, the promotion's year and the five after it.")
                                   .arg(before.label(), LaureateFollowUp::dateText(signedOn))
                                   .arg(before.promotionYear)
                                   .arg(before.promotionYear + 5));
    LaureateFollowUp after = before;
    after.agreement.signedOn = signedOn;
    if (!reference.trimmed().isEmpty())
        after.agreement.reference = reference.trimmed();
    if (amended) {
        after.agreement.amended = amended;
        after.agreement.amendmentReason = amendmentReason.trimmed();
    }
    if (after.milestones.isEmpty())
        after.milestones = Milestone::planned(signedOn);
    if (after.tranches.isEmpty()) {
        // The key's two tranches: at signature, then at the mid-term review.
        const std::optional<Milestone> review = after.milestone(Milestone::Kind::MidTermReview);
        const QDate reviewOn = review && review->plannedOn.isValid() ? review->plannedOn : signedOn.addMonths(3);
        const QList<Money> amounts = key.split(after.signedCommitment());
        for (qsizetype index = 0; index < amounts.size(); ++index) {
            PaymentTranche tranche;
            tranche.position = int(index) + 1;
            tranche.plannedOn = index == 0 ? signedOn : reviewOn;
            tranche.planned = amounts.at(index);
            after.tranches.append(tranche);
        }
    }
    return checked(after);
}

Result<LaureateFollowUp> FollowUpEdit::amend(const LaureateFollowUp &before, Money committed, const QString &reason)
{
    using Edited = Result<LaureateFollowUp>;
    if (const Outcome open = checkNotWithdrawn(before); !open)
        return Edited::failure(open.error());
    LaureateFollowUp after = before;
    after.agreement.amended = committed;
    after.agreement.amendmentReason = reason.trimmed();
    return checked(after);
}

Result<LaureateFollowUp> FollowUpEdit::withdraw(const LaureateFollowUp &before, const QDate &withdrawnOn,
                                                const QString &reason)
{
    using Edited = Result<LaureateFollowUp>;
    if (const Outcome open = checkNotWithdrawn(before); !open)
        return Edited::failure(open.error());
    if (!withdrawnOn.isValid())
        return Edited::failure(tr("%1: the withdrawal needs its date.").arg(before.label()));
    LaureateFollowUp after = before;
    after.agreement.withdrawnOn = withdrawnOn;
    after.agreement.withdrawalReason = reason.trimmed();
    after.tranches.erase(std::remove_if(after.tranches.begin(), after.tranches.end(),
                                        [](const PaymentTranche &tranche) { return !tranche.isPaid(); }),
                         after.tranches.end());
    for (qsizetype index = 0; index < after.tranches.size(); ++index)
        after.tranches[index].position = int(index) + 1;
    return checked(after);
}

Result<LaureateFollowUp> FollowUpEdit::addTranche(const LaureateFollowUp &before, const QDate &plannedOn, Money amount,
                                                  const QString &reference)
{
    using Edited = Result<LaureateFollowUp>;
    if (const Outcome open = checkNotWithdrawn(before); !open)
        return Edited::failure(open.error());
    PaymentTranche tranche;
    tranche.position = int(before.tranches.size()) + 1;
    tranche.plannedOn = plannedOn;
    tranche.planned = amount;
    tranche.reference = reference.trimmed();
    LaureateFollowUp after = before;
    after.tranches.append(tranche);
    return checked(after);
}

Result<LaureateFollowUp> FollowUpEdit::markPaid(const LaureateFollowUp &before, int position, const QDate &paidOn,
                                                std::optional<Money> amount, const QString &reference)
{
    using Edited = Result<LaureateFollowUp>;
    if (const Outcome open = checkNotWithdrawn(before); !open)
        return Edited::failure(open.error());
    if (position < 1 || position > before.tranches.size())
        return Edited::failure(tr("%1 has no tranche %2 (it has %n tranche(s)).", nullptr, int(before.tranches.size()))
                                   .arg(before.label())
                                   .arg(position));
    if (!paidOn.isValid())
        return Edited::failure(tr("%1, tranche %2: the payment needs its date.").arg(before.label()).arg(position));
    LaureateFollowUp after = before;
    PaymentTranche &tranche = after.tranches[position - 1];
    if (tranche.isPaid())
        return Edited::failure(tr("%1, tranche %2 is already paid (%3 on %4).")
                                   .arg(before.label())
                                   .arg(position)
                                   .arg(tranche.paid.toString(), LaureateFollowUp::dateText(tranche.paidOn)));
    tranche.paidOn = paidOn;
    tranche.paid = amount.value_or(tranche.planned);
    if (!reference.trimmed().isEmpty())
        tranche.reference = reference.trimmed();
    return checked(after);
}

Result<LaureateFollowUp> FollowUpEdit::recordPayment(const LaureateFollowUp &before, const QString &reference,
                                                     const QDate &paidOn, Money amount)
{
    using Edited = Result<LaureateFollowUp>;
    const QString wanted = reference.trimmed();
    for (const PaymentTranche &tranche : before.tranches) {
        if (!wanted.isEmpty() && tranche.isPaid() && tranche.reference == wanted)
            return Edited::failure(tr("%1: the payment %2 is already recorded on tranche %3.")
                                       .arg(before.label(), wanted)
                                       .arg(tranche.position));
    }
    for (const PaymentTranche &tranche : before.tranches) {
        if (!tranche.isPaid())
            return markPaid(before, tranche.position, paidOn, amount, wanted);
    }
    if (const Outcome open = checkNotWithdrawn(before); !open)
        return Edited::failure(open.error());
    const Result<LaureateFollowUp> added = addTranche(before, paidOn, amount, wanted);
    if (!added)
        return added;
    return markPaid(added.value(), int(added.value().tranches.size()), paidOn, amount, wanted);
}

Result<LaureateFollowUp> FollowUpEdit::setMilestone(const LaureateFollowUp &before, const Milestone &milestone)
{
    LaureateFollowUp after = before;
    bool replaced = false;
    for (Milestone &each : after.milestones) {
        if (each.kind == milestone.kind) {
            each = milestone;
            replaced = true;
        }
    }
    if (!replaced)
        after.milestones.append(milestone);
    std::sort(after.milestones.begin(), after.milestones.end(),
              [](const Milestone &left, const Milestone &right) { return int(left.kind) < int(right.kind); });
    return checked(after);
}
