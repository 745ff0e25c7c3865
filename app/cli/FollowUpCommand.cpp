#include "FollowUpCommand.h"

#include "CliContext.h"
#include "PromotionArguments.h"

#include "domain/LaureateFollowUp.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"

#include <QJsonArray>

namespace {

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString trancheLine(const PaymentTranche &tranche)
{
    QString line = FollowUpCommand::tr("  tranche %1: %2 planned on %3")
                       .arg(tranche.position)
                       .arg(tranche.planned.toString(), LaureateFollowUp::dateText(tranche.plannedOn));
    if (tranche.isPaid())
        line += FollowUpCommand::tr(", paid %1 on %2")
                    .arg(tranche.paid.toString(), LaureateFollowUp::dateText(tranche.paidOn));
    if (!tranche.reference.isEmpty())
        line += QStringLiteral(" (%1)").arg(tranche.reference);
    return line;
}

} // namespace

void FollowUpCommand::printSchedule(CliContext &context, const LaureateFollowUp &laureate)
{
    for (const PaymentTranche &tranche : laureate.tranches)
        context.out() << trancheLine(tranche) << Qt::endl;
    if (const Money unscheduled = laureate.unscheduled(); unscheduled > Money())
        context.out() << tr("  not yet in a tranche: %1").arg(unscheduled.toString()) << Qt::endl;
}

QJsonObject FollowUpCommand::toJson(const LaureateFollowUp &laureate, const QDate &today)
{
    const Agreement &agreement = laureate.agreement;
    QJsonArray tranches;
    for (const PaymentTranche &tranche : laureate.tranches)
        tranches.append(QJsonObject{
            {QStringLiteral("position"), tranche.position},
            {QStringLiteral("planned_on"), dateJson(tranche.plannedOn)},
            {QStringLiteral("planned_cents"), tranche.planned.cents()},
            {QStringLiteral("paid_on"), dateJson(tranche.paidOn)},
            {QStringLiteral("paid_cents"), tranche.isPaid() ? QJsonValue(tranche.paid.cents()) : QJsonValue()},
            {QStringLiteral("reference"), tranche.reference}});
    QJsonArray milestones;
    for (const Milestone &milestone : laureate.milestones)
        milestones.append(QJsonObject{{QStringLiteral("kind"), Milestone::key(milestone.kind)},
                                      {QStringLiteral("planned_on"), dateJson(milestone.plannedOn)},
                                      {QStringLiteral("done_on"), dateJson(milestone.doneOn)},
                                      {QStringLiteral("note"), milestone.note}});
    return QJsonObject{
        {QStringLiteral("promotion"), laureate.promotionNumber},
        {QStringLiteral("name"), laureate.name},
        {QStringLiteral("status"), followUpStatusKey(laureate.status())},
        {QStringLiteral("granted_cents"), laureate.granted.cents()},
        {QStringLiteral("committed_cents"), laureate.committed().cents()},
        {QStringLiteral("paid_cents"), laureate.paid().cents()},
        {QStringLiteral("left_to_pay_cents"), laureate.leftToPay().cents()},
        {QStringLiteral("released_cents"), laureate.released().cents()},
        {QStringLiteral("agreement"),
         QJsonObject{{QStringLiteral("reference"), agreement.reference},
                     {QStringLiteral("signed_on"), dateJson(agreement.signedOn)},
                     {QStringLiteral("amended_cents"),
                      agreement.amended ? QJsonValue(agreement.amended->cents()) : QJsonValue()},
                     {QStringLiteral("amendment_reason"), agreement.amendmentReason},
                     {QStringLiteral("withdrawn_on"), dateJson(agreement.withdrawnOn)},
                     {QStringLiteral("withdrawal_reason"), agreement.withdrawalReason}}},
        {QStringLiteral("tranches"), tranches},
        {QStringLiteral("milestones"), milestones},
        {QStringLiteral("late"), QJsonArray::fromStringList(laureate.lateItems(today))},
    };
}

int FollowUpCommand::run(CliContext &context, const QStringList &arguments)
{
    PromotionArguments options(tr("The promotion whose laureates to follow."), tr("NUMBER"),
                               tr("Prints the follow-up as JSON (amounts in cents, dates ISO)."));
    const QString usage = QStringLiteral("fast-committee follow-up --promotion NUMBER [--json]");
    if (const auto stop = options.parse(context, arguments, usage, tr("Give --promotion NUMBER. Usage: %1").arg(usage)))
        return *stop;
    const Promotion &promotion = options.promotion();
    FollowUpStore followUp(*context.openStore());
    const std::optional<QList<LaureateFollowUp>> laureates = context.read(followUp.promotionFollowUp(promotion.number));
    if (!laureates)
        return CliContext::refused;
    // Late is a matter of today's date, the user's.
    const QDate today = QDate::currentDate();
    if (options.json()) {
        QJsonArray array;
        for (const LaureateFollowUp &laureate : *laureates)
            array.append(toJson(laureate, today));
        context.printJson(QJsonDocument(array));
        return CliContext::success;
    }

    Money committed;
    Money paid;
    Money released;
    for (const LaureateFollowUp &laureate : *laureates) {
        committed += laureate.committed();
        paid += laureate.paid();
        released += laureate.released();
    }
    context.out() << tr("%1: %n laureate(s); committed %2, paid %3, left to pay %4.", nullptr, int(laureates->size()))
                         .arg(promotion.label(), committed.toString(), paid.toString(), (committed - paid).toString())
                  << Qt::endl;
    if (released > Money())
        context.out() << tr("Withdrawals gave %1 back to the envelope.").arg(released.toString()) << Qt::endl;
    for (const LaureateFollowUp &laureate : *laureates) {
        const Agreement &agreement = laureate.agreement;
        QString line = tr("%1: %2").arg(laureate.name, followUpStatusDisplayName(laureate.status()));
        if (agreement.isWithdrawn())
            line += tr(" on %1").arg(LaureateFollowUp::dateText(agreement.withdrawnOn));
        line += tr("; granted %1, committed %2, paid %3, left to pay %4")
                    .arg(laureate.granted.toString(), laureate.committed().toString(), laureate.paid().toString(),
                         laureate.leftToPay().toString());
        if (const std::optional<PaymentTranche> next = laureate.nextDue())
            line += tr("; next: tranche %1, %2 on %3")
                        .arg(next->position)
                        .arg(next->planned.toString(), LaureateFollowUp::dateText(next->plannedOn));
        context.out() << line << QLatin1Char('.') << Qt::endl;
        if (agreement.isSigned())
            context.out() << (agreement.reference.isEmpty()
                                  ? tr("  agreement signed on %1").arg(LaureateFollowUp::dateText(agreement.signedOn))
                                  : tr("  agreement %1 signed on %2")
                                        .arg(agreement.reference, LaureateFollowUp::dateText(agreement.signedOn)))
                          << Qt::endl;
        if (agreement.amended)
            context.out() << tr("  amendment: %1 instead of %2 (%3)")
                                 .arg(agreement.amended->toString(), laureate.granted.toString(),
                                      agreement.amendmentReason)
                          << Qt::endl;
        if (agreement.isWithdrawn())
            context.out() << tr("  withdrawn on %1: %2 back to the envelope%3")
                                 .arg(LaureateFollowUp::dateText(agreement.withdrawnOn), laureate.released().toString(),
                                      agreement.withdrawalReason.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" (%1)").arg(agreement.withdrawalReason))
                          << Qt::endl;
        printSchedule(context, laureate);
        for (const Milestone &milestone : laureate.milestones) {
            QStringList parts;
            if (milestone.plannedOn.isValid())
                parts.append(tr("planned on %1").arg(LaureateFollowUp::dateText(milestone.plannedOn)));
            if (milestone.isDone())
                parts.append(tr("done on %1").arg(LaureateFollowUp::dateText(milestone.doneOn)));
            if (!milestone.note.isEmpty())
                parts.append(milestone.note);
            context.out() << QStringLiteral("  %1: %2")
                                 .arg(Milestone::displayName(milestone.kind), parts.join(QStringLiteral(", ")))
                          << Qt::endl;
        }
        for (const QString &late : laureate.lateItems(today))
            context.out() << tr("  LATE: %1").arg(late) << Qt::endl;
    }
    return CliContext::success;
}
