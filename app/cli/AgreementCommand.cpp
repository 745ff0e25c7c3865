#include "AgreementCommand.h"

#include "CliContext.h"
#include "FollowUpCommand.h"
#include "LaureateOption.h"
#include "PromotionOption.h"

#include "domain/LaureateFollowUp.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"

namespace {

// The options of the three actions, with the laureate's.
struct Options
{
    PromotionOption promotion{AgreementCommand::tr("The laureate's promotion."), AgreementCommand::tr("NUMBER")};
    QCommandLineOption candidate{QStringLiteral("candidate"),
                                 AgreementCommand::tr("The laureate's name (case and accents do not matter)."),
                                 AgreementCommand::tr("NAME")};
    QCommandLineOption date{QStringLiteral("date"), AgreementCommand::tr("The date, 2025-07-14 or 14/07/2025."),
                            AgreementCommand::tr("DATE")};
    QCommandLineOption reference{QStringLiteral("reference"), AgreementCommand::tr("The agreement's reference."),
                                 AgreementCommand::tr("REFERENCE")};
    QCommandLineOption amount{QStringLiteral("amount"),
                              AgreementCommand::tr("The committed amount an amendment sets (with --reason)."),
                              AgreementCommand::tr("AMOUNT")};
    QCommandLineOption reason{QStringLiteral("reason"), AgreementCommand::tr("Why (goes to the audit log)."),
                              AgreementCommand::tr("TEXT")};
};

} // namespace

int AgreementCommand::run(CliContext &context, const QStringList &arguments)
{
    return context.runAction(
        arguments,
        {{QStringLiteral("sign"), &sign}, {QStringLiteral("amend"), &amend}, {QStringLiteral("withdraw"), &withdraw}},
        tr("Usage: fast-committee agreement sign|amend|withdraw ... (\"%1\" is not one of them)."));
}

int AgreementCommand::sign(CliContext &context, const QStringList &arguments)
{
    Options options;
    QCommandLineParser parser;
    parser.addOptions({options.promotion.option(), options.candidate, options.date, options.reference, options.amount,
                       options.reason});
    const QString usage =
        QStringLiteral("fast-committee agreement sign --promotion NUMBER --candidate NAME --date DATE "
                       "[--reference REFERENCE] [--amount AMOUNT --reason TEXT]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!options.promotion.isSet(parser) || !parser.isSet(options.candidate) || !parser.isSet(options.date) ||
        parser.isSet(options.amount) != parser.isSet(options.reason) || !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give --promotion, --candidate and --date, and --amount only with its --reason. "
                               "Usage: %1")
                                .arg(usage),
                            CliContext::usageError);
    const std::optional<QDate> date = LaureateOption::date(context, QStringLiteral("date"), parser.value(options.date));
    if (!date)
        return CliContext::usageError;
    std::optional<Money> amended;
    if (parser.isSet(options.amount)) {
        const Result<Money> amount = Money::parse(parser.value(options.amount));
        if (!amount)
            return context.fail(QStringLiteral("--amount: %1").arg(amount.error()), CliContext::usageError);
        amended = amount.value();
    }
    const std::optional<Promotion> promotion = options.promotion.find(context, parser);
    if (!promotion)
        return CliContext::refused;
    const std::optional<qint64> id = LaureateOption::find(context, *promotion, parser.value(options.candidate));
    if (!id)
        return CliContext::refused;
    FollowUpStore followUp(*context.openStore());
    const Result<FollowUpChange> signedUp =
        followUp.sign(*id, *date, parser.value(options.reference), amended, parser.value(options.reason));
    if (!signedUp)
        return context.fail(signedUp.error());
    const LaureateFollowUp &after = signedUp.value().after;
    context.out() << tr("%1: agreement signed on %2, committed %3.")
                         .arg(after.label(), LaureateFollowUp::dateText(after.agreement.signedOn),
                              after.signedCommitment().toString())
                  << Qt::endl;
    FollowUpCommand::printSchedule(context, after);
    return CliContext::success;
}

int AgreementCommand::amend(CliContext &context, const QStringList &arguments)
{
    Options options;
    QCommandLineParser parser;
    parser.addOptions({options.promotion.option(), options.candidate, options.amount, options.reason});
    const QString usage = QStringLiteral(
        "fast-committee agreement amend --promotion NUMBER --candidate NAME --amount AMOUNT --reason TEXT");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!options.promotion.isSet(parser) || !parser.isSet(options.candidate) || !parser.isSet(options.amount) ||
        !parser.isSet(options.reason) || !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give --promotion, --candidate, --amount and --reason. Usage: %1").arg(usage),
                            CliContext::usageError);
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
    const Result<FollowUpChange> amended = followUp.amend(*id, amount.value(), parser.value(options.reason));
    if (!amended)
        return context.fail(amended.error());
    context.out() << tr("%1: the amendment commits %2 (granted %3).")
                         .arg(amended.value().after.label(), amended.value().after.signedCommitment().toString(),
                              amended.value().after.granted.toString())
                  << Qt::endl;
    return CliContext::success;
}

int AgreementCommand::withdraw(CliContext &context, const QStringList &arguments)
{
    Options options;
    QCommandLineParser parser;
    parser.addOptions({options.promotion.option(), options.candidate, options.date, options.reason});
    const QString usage = QStringLiteral(
        "fast-committee agreement withdraw --promotion NUMBER --candidate NAME --date DATE [--reason TEXT]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!options.promotion.isSet(parser) || !parser.isSet(options.candidate) || !parser.isSet(options.date) ||
        !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give --promotion, --candidate and --date. Usage: %1").arg(usage),
                            CliContext::usageError);
    const std::optional<QDate> date = LaureateOption::date(context, QStringLiteral("date"), parser.value(options.date));
    if (!date)
        return CliContext::usageError;
    const std::optional<Promotion> promotion = options.promotion.find(context, parser);
    if (!promotion)
        return CliContext::refused;
    const std::optional<qint64> id = LaureateOption::find(context, *promotion, parser.value(options.candidate));
    if (!id)
        return CliContext::refused;
    FollowUpStore followUp(*context.openStore());
    const Result<FollowUpChange> withdrawn = followUp.withdraw(*id, *date, parser.value(options.reason));
    if (!withdrawn)
        return context.fail(withdrawn.error());
    const LaureateFollowUp &after = withdrawn.value().after;
    // Said in words: the envelope changes with it.
    if (after.paid() <= Money())
        context.out() << tr("%1 withdrew on %2 before any payment: its %3 go back to %4's envelope.")
                             .arg(after.label(), LaureateFollowUp::dateText(after.agreement.withdrawnOn),
                                  after.released().toString(), promotion->label())
                      << Qt::endl;
    else
        context.out() << tr("%1 withdrew on %2: it keeps the %3 paid; %4 go back to %5's envelope.")
                             .arg(after.label(), LaureateFollowUp::dateText(after.agreement.withdrawnOn),
                                  after.paid().toString(), after.released().toString(), promotion->label())
                      << Qt::endl;
    return CliContext::success;
}
