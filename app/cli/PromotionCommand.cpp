#include "PromotionCommand.h"

#include "CliContext.h"
#include "storage/CommitteeReads.h"
#include "storage/CommitteeStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// Reads a whole number option, refusing anything that is not one.
std::optional<int> integerOption(CliContext &context, const QString &name, const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        context.err() << PromotionCommand::tr("The option --%1 needs a whole number, not \"%2\".").arg(name, text)
                      << Qt::endl;
        return std::nullopt;
    }
    return value;
}

std::optional<Money> amountOption(CliContext &context, const QString &name, const QString &text)
{
    const Result<Money> amount = Money::parse(text);
    if (!amount) {
        context.err() << QStringLiteral("--%1: %2").arg(name, amount.error()) << Qt::endl;
        return std::nullopt;
    }
    return amount.value();
}

} // namespace

int PromotionCommand::run(CliContext &context, const QStringList &arguments)
{
    return context.runAction(
        arguments,
        {{QStringLiteral("add"), &add},
         {QStringLiteral("list"), &list},
         {QStringLiteral("close"), &close},
         {QStringLiteral("reopen"), &reopen}},
        tr("Usage: fast-committee promotion add|list|close|reopen ... (\"%1\" is not one of them)."));
}

int PromotionCommand::add(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The budget year of the promotion."), tr("YYYY"));
    const QCommandLineOption envelopeOption(QStringLiteral("envelope"), tr("The amount the committee may grant."),
                                            tr("AMOUNT"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), tr("Co-financing rate in percent (default 50)."),
                                        tr("PERCENT"));
    const QCommandLineOption capOption(QStringLiteral("cap"), tr("Cap per laureate (default 300 000 €)."),
                                       tr("AMOUNT"));
    const QCommandLineOption minScoreOption(QStringLiteral("min-score"),
                                            tr("Minimum score to be proposed (0–100, default 0)."), tr("N"));
    const QCommandLineOption dateOption(QStringLiteral("committee-date"), tr("Date of the committee."),
                                        tr("YYYY-MM-DD"));
    parser.addOptions({yearOption, envelopeOption, rateOption, capOption, minScoreOption, dateOption});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The promotion's number: 13 or FAST13."));
    const QString usage = QStringLiteral(
        "fast-committee promotion add NUMBER --year YYYY --envelope AMOUNT [--rate PERCENT] [--cap AMOUNT] "
        "[--min-score N] [--committee-date YYYY-MM-DD]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("Give exactly one promotion number. Usage: %1").arg(usage), CliContext::usageError);
    if (!parser.isSet(yearOption) || !parser.isSet(envelopeOption))
        return context.fail(tr("--year and --envelope are required. Usage: %1").arg(usage), CliContext::usageError);

    Promotion promotion;
    const Result<int> number = Promotion::parseNumber(parser.positionalArguments().constFirst());
    if (!number)
        return context.fail(number.error(), CliContext::usageError);
    promotion.number = number.value();
    const auto year = integerOption(context, QStringLiteral("year"), parser.value(yearOption));
    const auto envelope = amountOption(context, QStringLiteral("envelope"), parser.value(envelopeOption));
    if (!year || !envelope)
        return CliContext::usageError;
    promotion.year = *year;
    promotion.envelope = *envelope;
    int rate = CofinancingRule::defaultRatePercent;
    Money cap = CofinancingRule::defaultCap();
    if (parser.isSet(rateOption)) {
        QString rateText = parser.value(rateOption).trimmed();
        if (rateText.endsWith(QLatin1Char('%')))
            rateText.chop(1);
        const auto value = integerOption(context, QStringLiteral("rate"), rateText);
        if (!value)
            return CliContext::usageError;
        rate = *value;
    }
    if (parser.isSet(capOption)) {
        const auto value = amountOption(context, QStringLiteral("cap"), parser.value(capOption));
        if (!value)
            return CliContext::usageError;
        cap = *value;
    }
    promotion.rule = CofinancingRule(rate, cap);
    if (parser.isSet(minScoreOption)) {
        const auto value = integerOption(context, QStringLiteral("min-score"), parser.value(minScoreOption));
        if (!value)
            return CliContext::usageError;
        promotion.minimumScore = *value;
    }
    if (parser.isSet(dateOption)) {
        promotion.committeeDate = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!promotion.committeeDate.isValid())
            return context.fail(
                tr("--committee-date: \"%1\" is not a date in the form YYYY-MM-DD.").arg(parser.value(dateOption)),
                CliContext::usageError);
    }
    if (const Outcome valid = promotion.validate(); !valid)
        return context.fail(valid.error());

    CommitteeStore *store = context.openStore();
    if (!store)
        return CliContext::refused;
    const Result<Promotion> added = store->addPromotion(promotion);
    if (!added)
        return context.fail(added.error());
    context.out() << tr("Promotion %1 (%2) added: envelope %3, rule %4.")
                         .arg(added.value().label())
                         .arg(added.value().year)
                         .arg(added.value().envelope.toString(), added.value().rule.describe())
                  << Qt::endl;
    return CliContext::success;
}

int PromotionCommand::list(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Prints a JSON array."));
    parser.addOption(jsonOption);
    if (const auto stop = context.parse(parser, arguments, QStringLiteral("fast-committee promotion list [--json]")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(tr("promotion list takes no argument."), CliContext::usageError);
    CommitteeStore *store = context.openStore();
    if (!store)
        return CliContext::refused;
    const std::optional<QList<Promotion>> read = context.read(context.reads().promotions());
    if (!read)
        return CliContext::refused;
    const QList<Promotion> &promotions = *read;
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Promotion &promotion : promotions) {
            array.append(QJsonObject{
                {QStringLiteral("number"), promotion.number},
                {QStringLiteral("year"), promotion.year},
                {QStringLiteral("status"), promotionStatusKey(promotion.status)},
                {QStringLiteral("envelope_cents"), promotion.envelope.cents()},
                {QStringLiteral("rate_percent"), promotion.rule.ratePercent()},
                {QStringLiteral("cap_cents"), promotion.rule.cap().cents()},
                {QStringLiteral("min_score"), promotion.minimumScore},
                {QStringLiteral("committee_date"), promotion.committeeDate.isValid()
                                                       ? QJsonValue(promotion.committeeDate.toString(Qt::ISODate))
                                                       : QJsonValue(QJsonValue::Null)},
            });
        }
        context.printJson(QJsonDocument(array));
        return CliContext::success;
    }
    if (promotions.isEmpty()) {
        context.out() << tr("No promotion yet: add one with fast-committee promotion add.") << Qt::endl;
        return CliContext::success;
    }
    for (const Promotion &promotion : promotions) {
        context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(promotion.label().leftJustified(7))
                             .arg(promotion.year)
                             .arg(promotionStatusDisplayName(promotion.status).leftJustified(7))
                             .arg(promotion.envelope.toString().rightJustified(16), promotion.rule.describe())
                      << Qt::endl;
    }
    return CliContext::success;
}

int PromotionCommand::close(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dateOption(QStringLiteral("committee-date"),
                                        tr("The date of the committee that adopted the list (required unless the "
                                           "promotion has one)."),
                                        tr("YYYY-MM-DD"));
    parser.addOption(dateOption);
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The promotion to close."));
    const QString usage = QStringLiteral("fast-committee promotion close NUMBER --committee-date YYYY-MM-DD");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("Give exactly one promotion number. Usage: %1").arg(usage), CliContext::usageError);
    QDate committeeDate;
    if (parser.isSet(dateOption)) {
        committeeDate = QDate::fromString(parser.value(dateOption).trimmed(), Qt::ISODate);
        if (!committeeDate.isValid())
            return context.fail(
                tr("--committee-date: \"%1\" is not a date in the form YYYY-MM-DD.").arg(parser.value(dateOption)),
                CliContext::usageError);
    }
    const std::optional<Promotion> promotion = context.findPromotion(parser.positionalArguments().constFirst());
    if (!promotion)
        return CliContext::refused;
    CommitteeStore *store = context.openStore();
    // Closing a closed promotion keeps its own words (CommitteeStore).
    if (!promotion->isClosed()) {
        // The official list says which committee adopted it: a closed promotion always has its date.
        if (!committeeDate.isValid() && !promotion->committeeDate.isValid())
            return context.fail(tr("%1 has no committee date: give it with --committee-date YYYY-MM-DD. Usage: %2")
                                    .arg(promotion->label(), usage),
                                CliContext::usageError);
    }
    // The core records a new date in the same write as the closing, and refuses a close without one.
    const QDate closingDate = committeeDate.isValid() ? committeeDate : promotion->committeeDate;
    if (const Outcome closed = store->closePromotion(promotion->number, closingDate); !closed)
        return context.fail(closed.error());
    context.out() << tr("%1 is closed: it is now read-only.").arg(promotion->label()) << Qt::endl;
    return CliContext::success;
}

int PromotionCommand::reopen(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reasonOption(QStringLiteral("reason"), tr("Why the promotion is reopened (required)."),
                                          tr("TEXT"));
    parser.addOption(reasonOption);
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("The promotion to reopen."));
    const QString usage = QStringLiteral("fast-committee promotion reopen NUMBER --reason TEXT");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("Give exactly one promotion number. Usage: %1").arg(usage), CliContext::usageError);
    if (parser.value(reasonOption).trimmed().isEmpty())
        return context.fail(tr("Reopening a promotion needs a written reason: --reason TEXT."), CliContext::usageError);
    const std::optional<Promotion> promotion = context.findPromotion(parser.positionalArguments().constFirst());
    if (!promotion)
        return CliContext::refused;
    if (const Outcome reopened = context.openStore()->reopenPromotion(promotion->number, parser.value(reasonOption));
        !reopened)
        return context.fail(reopened.error());
    context.out() << tr("%1 is open again.").arg(promotion->label()) << Qt::endl;
    return CliContext::success;
}
