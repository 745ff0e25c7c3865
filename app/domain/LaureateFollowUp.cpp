#include "LaureateFollowUp.h"

#include "NameText.h"

#include <QSet>

#include <algorithm>

QString LaureateFollowUp::label() const
{
    return QStringLiteral("FAST%1 / %2").arg(promotionNumber).arg(name);
}

Money LaureateFollowUp::signedCommitment() const
{
    if (!agreement.isSigned())
        return Money();
    return agreement.amended.value_or(granted);
}

Money LaureateFollowUp::committed() const
{
    if (agreement.isWithdrawn())
        return agreement.isSigned() ? paid() : Money();
    return signedCommitment();
}

Money LaureateFollowUp::committedAt(const QDate &date) const
{
    if (!agreement.isSigned() || agreement.signedOn > date)
        return Money();
    if (agreement.isWithdrawn() && agreement.withdrawnOn <= date)
        return paidUpTo(date);
    return signedCommitment();
}

Money LaureateFollowUp::paid() const
{
    Money sum;
    for (const PaymentTranche &tranche : tranches) {
        if (tranche.isPaid())
            sum += tranche.paid;
    }
    return sum;
}

Money LaureateFollowUp::paidUpTo(const QDate &date) const
{
    Money sum;
    for (const PaymentTranche &tranche : tranches) {
        if (tranche.isPaid() && tranche.paidOn <= date)
            sum += tranche.paid;
    }
    return sum;
}

Money LaureateFollowUp::scheduled() const
{
    Money sum;
    for (const PaymentTranche &tranche : tranches)
        sum += tranche.amount();
    return sum;
}

Money LaureateFollowUp::leftToPay() const
{
    return committed() - paid();
}

Money LaureateFollowUp::unscheduled() const
{
    if (agreement.isWithdrawn())
        return Money();
    return std::max(Money(), signedCommitment() - scheduled());
}

Money LaureateFollowUp::released() const
{
    return agreement.isWithdrawn() ? granted - paid() : Money();
}

FollowUpStatus LaureateFollowUp::status() const
{
    if (agreement.isWithdrawn())
        return FollowUpStatus::Withdrawn;
    if (!agreement.isSigned())
        return FollowUpStatus::ToSign;
    const Money paidSoFar = paid();
    if (paidSoFar <= Money())
        return FollowUpStatus::Signed;
    if (paidSoFar >= signedCommitment())
        return FollowUpStatus::PaidInFull;
    return FollowUpStatus::Paying;
}

std::optional<PaymentTranche> LaureateFollowUp::nextDue() const
{
    if (agreement.isWithdrawn())
        return std::nullopt;
    std::optional<PaymentTranche> next;
    for (const PaymentTranche &tranche : tranches) {
        if (!tranche.isPaid() && (!next || tranche.plannedOn < next->plannedOn))
            next = tranche;
    }
    return next;
}

QStringList LaureateFollowUp::lateItems(const QDate &today) const
{
    QStringList late;
    for (const PaymentTranche &tranche : lateTranches(today))
        late.append(tr("tranche %1 due on %2").arg(tranche.position).arg(dateText(tranche.plannedOn)));
    for (const Milestone &step : lateMilestones(today))
        late.append(tr("%1 planned on %2").arg(Milestone::displayName(step.kind), dateText(step.plannedOn)));
    return late;
}

QList<PaymentTranche> LaureateFollowUp::lateTranches(const QDate &today) const
{
    QList<PaymentTranche> late;
    if (agreement.isWithdrawn())
        return late;
    for (const PaymentTranche &tranche : tranches) {
        if (!tranche.isPaid() && tranche.plannedOn.isValid() && tranche.plannedOn < today)
            late.append(tranche);
    }
    return late;
}

QList<Milestone> LaureateFollowUp::lateMilestones(const QDate &today) const
{
    QList<Milestone> late;
    if (agreement.isWithdrawn())
        return late;
    for (const Milestone &step : milestones) {
        if (!step.isDone() && step.plannedOn.isValid() && step.plannedOn < today)
            late.append(step);
    }
    return late;
}

std::optional<PaymentTranche> LaureateFollowUp::tranche(int position) const
{
    for (const PaymentTranche &each : tranches) {
        if (each.position == position)
            return each;
    }
    return std::nullopt;
}

std::optional<Milestone> LaureateFollowUp::milestone(Milestone::Kind kind) const
{
    for (const Milestone &each : milestones) {
        if (each.kind == kind)
            return each;
    }
    return std::nullopt;
}

Outcome LaureateFollowUp::checkTexts() const
{
    // References are one-line names; reasons and notes free text. Both as NameText stores them, so that no
    // line break, control or bidirectional character reaches the audit log or an export.
    QList<std::pair<QString, QString>> references{{agreement.reference, tr("Agreement reference")}};
    QList<std::pair<QString, QString>> texts{{agreement.amendmentReason, tr("Amendment reason")},
                                             {agreement.withdrawalReason, tr("Withdrawal reason")}};
    for (const PaymentTranche &tranche : tranches)
        references.append({tranche.reference, tr("Payment reference")});
    for (const Milestone &step : milestones)
        texts.append({step.note, tr("Milestone note")});
    for (const auto &[text, field] : references) {
        if (text.isEmpty())
            continue;
        const Result<QString> normalised = NameText::normalise(text, field, maximumReferenceLength);
        if (!normalised)
            return Outcome::failure(QStringLiteral("%1: %2").arg(label(), normalised.error()));
    }
    for (const auto &[text, field] : texts) {
        if (text.isEmpty())
            continue;
        const Result<QString> normalised = NameText::normaliseFreeText(text, field);
        if (!normalised)
            return Outcome::failure(QStringLiteral("%1: %2").arg(label(), normalised.error()));
    }
    return Outcome::success();
}

Outcome LaureateFollowUp::validate() const
{
    const QString who = label();
    if (const Outcome texts = checkTexts(); !texts)
        return texts;
    if (granted <= Money())
        return Outcome::failure(tr("%1 has no granted amount: only a laureate has a follow-up.").arg(who));
    if (agreement.isAmended()) {
        if (!agreement.isSigned())
            return Outcome::failure(
                tr("%1: an amendment changes a signed agreement; sign the agreement first.").arg(who));
        if (*agreement.amended <= Money())
            return Outcome::failure(tr("%1: the amended commitment must be more than %2 (it is %3); withdraw the "
                                       "laureate instead.")
                                        .arg(who, Money().toString(), agreement.amended->toString()));
        if (agreement.amendmentReason.trimmed().isEmpty())
            return Outcome::failure(tr("%1: the amendment that commits %2 instead of the granted %3 needs its reason.")
                                        .arg(who, agreement.amended->toString(), granted.toString()));
    } else if (!agreement.amendmentReason.isEmpty()) {
        return Outcome::failure(tr("%1: an amendment's reason without an amended amount.").arg(who));
    }
    if (agreement.isWithdrawn() && agreement.isSigned() && agreement.withdrawnOn < agreement.signedOn)
        return Outcome::failure(tr("%1: withdrawn on %2, before the agreement was signed on %3.")
                                    .arg(who, dateText(agreement.withdrawnOn), dateText(agreement.signedOn)));

    Money running;
    for (qsizetype index = 0; index < tranches.size(); ++index) {
        const PaymentTranche &tranche = tranches.at(index);
        const QString where = tr("%1, tranche %2").arg(who).arg(tranche.position);
        if (tranche.position != index + 1)
            return Outcome::failure(
                tr("%1: the tranches must be numbered 1 to %2 in order.").arg(who).arg(tranches.size()));
        if (!tranche.plannedOn.isValid())
            return Outcome::failure(tr("%1 has no planned date.").arg(where));
        if (tranche.planned <= Money())
            return Outcome::failure(tr("%1: the planned amount must be more than %2 (it is %3).")
                                        .arg(where, Money().toString(), tranche.planned.toString()));
        if (tranche.isPaid()) {
            if (!agreement.isSigned())
                return Outcome::failure(
                    tr("%1 is paid but the agreement is not signed: sign it before any payment.").arg(where));
            if (tranche.paid <= Money())
                return Outcome::failure(tr("%1: the amount paid must be more than %2 (it is %3).")
                                            .arg(where, Money().toString(), tranche.paid.toString()));
            if (tranche.paidOn < agreement.signedOn)
                return Outcome::failure(tr("%1 is paid on %2, before the agreement was signed on %3.")
                                            .arg(where, dateText(tranche.paidOn), dateText(agreement.signedOn)));
            if (agreement.isWithdrawn() && tranche.paidOn > agreement.withdrawnOn)
                return Outcome::failure(tr("%1 is paid on %2, after the laureate withdrew on %3.")
                                            .arg(where, dateText(tranche.paidOn), dateText(agreement.withdrawnOn)));
        } else if (tranche.paid != Money()) {
            return Outcome::failure(tr("%1: an amount paid without a payment date.").arg(where));
        }
        running += tranche.amount();
        // Before signature the tranches are planned against the amount granted, which the commitment will be.
        const Money ceiling = agreement.isSigned() ? signedCommitment() : granted;
        if (running > ceiling)
            return Outcome::failure(tr("%1 of %2 brings the tranches to %3, %4 more than the commitment of %5.")
                                        .arg(where, tranche.amount().toString(), running.toString(),
                                             (running - ceiling).toString(), ceiling.toString()));
    }

    QSet<int> kinds;
    for (const Milestone &step : milestones) {
        if (kinds.contains(int(step.kind)))
            return Outcome::failure(
                tr("%1: the milestone \"%2\" is given twice.").arg(who, Milestone::displayName(step.kind)));
        kinds.insert(int(step.kind));
    }
    return Outcome::success();
}

QString LaureateFollowUp::dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}
