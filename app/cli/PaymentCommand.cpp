#include "PaymentCommand.h"

#include "CliContext.h"
#include "FollowUpCommand.h"
#include "LaureateOption.h"
#include "PromotionOption.h"

#include "reports/PaymentCsvImport.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"

namespace {

struct Options
{
    PromotionOption promotion{PaymentCommand::tr("The laureate's promotion."), PaymentCommand::tr("NUMBER")};
    QCommandLineOption candidate{QStringLiteral("candidate"),
                                 PaymentCommand::tr("The laureate's name (case and accents do not matter)."),
                                 PaymentCommand::tr("NAME")};
    QCommandLineOption date{QStringLiteral("date"), PaymentCommand::tr("The date, 2025-07-14 or 14/07/2025."),
                            PaymentCommand::tr("DATE")};
    QCommandLineOption amount{QStringLiteral("amount"), PaymentCommand::tr("The amount."),
                              PaymentCommand::tr("AMOUNT")};
    QCommandLineOption reference{QStringLiteral("reference"), PaymentCommand::tr("The payment's reference."),
                                 PaymentCommand::tr("REFERENCE")};
    QCommandLineOption tranche{QStringLiteral("tranche"), PaymentCommand::tr("The tranche's number, from 1."),
                               PaymentCommand::tr("N")};
};

} // namespace

int PaymentCommand::run(CliContext &context, const QStringList &arguments)
{
    return context.runAction(
        arguments,
        {{QStringLiteral("add"), &add}, {QStringLiteral("mark-paid"), &markPaid}, {QStringLiteral("import"), &import}},
        tr("Usage: fast-committee payment add|mark-paid|import ... (\"%1\" is not one of them)."));
}

int PaymentCommand::add(CliContext &context, const QStringList &arguments)
{
    Options options;
    QCommandLineParser parser;
    parser.addOptions({options.promotion.option(), options.candidate, options.date, options.amount, options.reference});
    const QString usage = QStringLiteral("fast-committee payment add --promotion NUMBER --candidate NAME --date DATE "
                                         "--amount AMOUNT [--reference REFERENCE]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!options.promotion.isSet(parser) || !parser.isSet(options.candidate) || !parser.isSet(options.date) ||
        !parser.isSet(options.amount) || !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give --promotion, --candidate, --date and --amount. Usage: %1").arg(usage),
                            CliContext::usageError);
    const std::optional<QDate> date = LaureateOption::date(context, QStringLiteral("date"), parser.value(options.date));
    if (!date)
        return CliContext::usageError;
    const Result<Money> amount = Money::parse(parser.value(options.amount));
    if (!amount)
        return context.fail(QStringLiteral("--amount: %1").arg(amount.error()), CliContext::usageError);
    const std::optional<Promotion> promotion = options.promotion.find(context, parser);
    if (!promotion)
        return CliContext::refused;
    const std::optional<qint64> id = LaureateOption::find(context, *promotion, parser.value(options.candidate));
    if (!id)
        return CliContext::refused;
    FollowUpStore followUp(*context.openStore());
    const Result<FollowUpChange> added =
        followUp.addTranche(*id, *date, amount.value(), parser.value(options.reference));
    if (!added)
        return context.fail(added.error());
    context.out()
        << tr("%1: tranche %2 planned.").arg(added.value().after.label()).arg(added.value().after.tranches.size())
        << Qt::endl;
    FollowUpCommand::printSchedule(context, added.value().after);
    return CliContext::success;
}

int PaymentCommand::markPaid(CliContext &context, const QStringList &arguments)
{
    Options options;
    QCommandLineParser parser;
    parser.addOptions({options.promotion.option(), options.candidate, options.tranche, options.date, options.amount,
                       options.reference});
    const QString usage = QStringLiteral("fast-committee payment mark-paid --promotion NUMBER --candidate NAME "
                                         "--tranche N --date DATE [--amount AMOUNT] [--reference REFERENCE]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!options.promotion.isSet(parser) || !parser.isSet(options.candidate) || !parser.isSet(options.tranche) ||
        !parser.isSet(options.date) || !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give --promotion, --candidate, --tranche and --date. Usage: %1").arg(usage),
                            CliContext::usageError);
    bool numeric = false;
    const int position = parser.value(options.tranche).toInt(&numeric);
    if (!numeric || position < 1)
        return context.fail(tr("--tranche: \"%1\" is not a tranche number (1, 2…).").arg(parser.value(options.tranche)),
                            CliContext::usageError);
    const std::optional<QDate> date = LaureateOption::date(context, QStringLiteral("date"), parser.value(options.date));
    if (!date)
        return CliContext::usageError;
    std::optional<Money> amount;
    if (parser.isSet(options.amount)) {
        const Result<Money> parsed = Money::parse(parser.value(options.amount));
        if (!parsed)
            return context.fail(QStringLiteral("--amount: %1").arg(parsed.error()), CliContext::usageError);
        amount = parsed.value();
    }
    const std::optional<Promotion> promotion = options.promotion.find(context, parser);
    if (!promotion)
        return CliContext::refused;
    const std::optional<qint64> id = LaureateOption::find(context, *promotion, parser.value(options.candidate));
    if (!id)
        return CliContext::refused;
    FollowUpStore followUp(*context.openStore());
    const Result<FollowUpChange> paid =
        followUp.markPaid(*id, position, *date, amount, parser.value(options.reference));
    if (!paid)
        return context.fail(paid.error());
    const LaureateFollowUp &after = paid.value().after;
    context.out() << tr("%1: tranche %2 paid; paid %3, left to pay %4.")
                         .arg(after.label())
                         .arg(position)
                         .arg(after.paid().toString(), after.leftToPay().toString())
                  << Qt::endl;
    return CliContext::success;
}

int PaymentCommand::import(CliContext &context, const QStringList &arguments)
{
    const PromotionOption promotionOption(tr("Only the laureates of this promotion (when names repeat)."),
                                          tr("NUMBER"));
    QCommandLineParser parser;
    parser.addOption(promotionOption.option());
    parser.addPositionalArgument(
        QStringLiteral("FILE.csv"),
        tr("One payment per row. Columns: %1.").arg(PaymentCsvImport::acceptedColumnsDescription()));
    const QString usage = QStringLiteral("fast-committee payment import [--promotion NUMBER] FILE.csv");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("Give exactly one CSV file. Usage: %1").arg(usage), CliContext::usageError);
    std::optional<Promotion> promotion;
    if (promotionOption.isSet(parser)) {
        promotion = promotionOption.find(context, parser);
        if (!promotion)
            return CliContext::refused;
    }
    CommitteeStore *store = context.openStore();
    if (!store)
        return CliContext::refused;
    FollowUpStore followUp(*store);
    const std::optional<QList<LaureateFollowUp>> laureates =
        context.read(promotion ? followUp.promotionFollowUp(promotion->number) : followUp.allLaureates());
    if (!laureates)
        return CliContext::refused;
    const QString path = parser.positionalArguments().constFirst();
    const PaymentCsvImport::Parsed parsed = PaymentCsvImport::parseFile(path, *laureates);
    if (!parsed.ok()) {
        for (const QString &message : parsed.messages())
            context.err() << message << Qt::endl;
        return context.fail(tr("%n problem(s): no payment was recorded.", nullptr, int(parsed.problems.size())));
    }
    const Result<QList<FollowUpChange>> recorded = followUp.recordPayments(parsed.payments);
    if (!recorded) {
        context.err() << recorded.error() << Qt::endl;
        return context.fail(tr("No payment was recorded."));
    }
    Money total;
    for (const PaymentRecord &payment : parsed.payments)
        total += payment.amount;
    context.out() << tr("%1: %2 recorded for %3, %4 in all.")
                         .arg(path, tr("%n payment(s)", nullptr, int(parsed.payments.size())),
                              tr("%n laureate(s)", nullptr, int(recorded.value().size())), total.toString())
                  << Qt::endl;
    return CliContext::success;
}
