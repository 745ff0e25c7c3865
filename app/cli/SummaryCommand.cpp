#include "SummaryCommand.h"

#include "CliContext.h"
#include "reports/FundSummary.h"
#include "storage/CommitteeReads.h"
#include "storage/CommitteeStore.h"

#include <QJsonArray>
#include <QJsonObject>

int SummaryCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Prints a JSON object."));
    parser.addOption(jsonOption);
    if (const auto stop = context.parse(parser, arguments, QStringLiteral("fast-committee summary [--json]")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(tr("summary takes no argument."), CliContext::usageError);
    CommitteeStore *store = context.openStore();
    if (!store)
        return CliContext::refused;

    const CommitteeReads reads = context.reads();
    const std::optional<QList<Promotion>> promotions = context.read(reads.promotions());
    const std::optional<QList<FundYear>> years = promotions ? context.read(reads.years()) : std::nullopt;
    if (!years)
        return CliContext::refused;
    QHash<int, QList<Candidate>> candidates;
    for (const Promotion &promotion : *promotions) {
        const std::optional<QList<Candidate>> read = context.read(reads.candidates(promotion));
        if (!read)
            return CliContext::refused;
        candidates.insert(promotion.number, *read);
    }
    const FundSummary summary = FundSummary::compute(*promotions, candidates, *years);

    if (parser.isSet(jsonOption)) {
        QJsonArray promotionArray;
        for (const FundSummary::PromotionFigures &figures : summary.promotions()) {
            promotionArray.append(QJsonObject{
                {QStringLiteral("number"), figures.number},
                {QStringLiteral("year"), figures.year},
                {QStringLiteral("status"), promotionStatusKey(figures.status)},
                {QStringLiteral("envelope_cents"), figures.envelope.cents()},
                {QStringLiteral("candidates"), figures.candidates},
                {QStringLiteral("laureates"), figures.laureates},
                {QStringLiteral("granted_cents"), figures.granted.cents()},
                {QStringLiteral("product_laureates"), figures.productLaureates},
            });
        }
        QJsonArray yearArray;
        for (const FundSummary::YearFigures &figures : summary.years()) {
            yearArray.append(QJsonObject{
                {QStringLiteral("year"), figures.year},
                {QStringLiteral("envelopes_cents"), figures.envelopes.cents()},
                {QStringLiteral("granted_cents"), figures.granted.cents()},
                {QStringLiteral("product_laureates"), figures.productLaureates},
                {QStringLiteral("target"), figures.target ? QJsonValue(*figures.target) : QJsonValue(QJsonValue::Null)},
            });
        }
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("promotions"), promotionArray}, {QStringLiteral("years"), yearArray}}));
        return CliContext::success;
    }

    if (summary.promotions().isEmpty()) {
        context.out() << tr("No promotion yet.") << Qt::endl;
        return CliContext::success;
    }
    context.out() << tr("Promotions") << Qt::endl;
    for (const FundSummary::PromotionFigures &figures : summary.promotions()) {
        // One plural form per count: a sentence with three counts is three tr() calls.
        context.out() << tr("  FAST%1 (%2, %3): %n candidate(s),", nullptr, figures.candidates)
                             .arg(figures.number)
                             .arg(figures.year)
                             .arg(promotionStatusDisplayName(figures.status))
                      << QLatin1Char(' ') << tr("%n laureate(s) of which", nullptr, figures.laureates)
                      << QLatin1Char(' ') << tr("%n product(s);", nullptr, figures.productLaureates) << QLatin1Char(' ')
                      << tr("granted %1 of %2, remaining %3")
                             .arg(figures.granted.toString(), figures.envelope.toString(),
                                  figures.remaining().toString())
                      << Qt::endl;
    }
    context.out() << tr("Years (indicator 1.2: products supported by FAST)") << Qt::endl;
    for (const FundSummary::YearFigures &figures : summary.years()) {
        const QString target = figures.target ? QString::number(*figures.target) : tr("no target");
        context.out() << tr("  %1: granted %2; %n product(s), target %3", nullptr, figures.productLaureates)
                             .arg(figures.year)
                             .arg(figures.granted.toString())
                             .arg(target)
                      << Qt::endl;
    }
    return CliContext::success;
}
