#include "DecideCommand.h"

#include "CliContext.h"
#include "PromotionOption.h"
#include "domain/TextKey.h"
#include "storage/CommitteeStore.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

int DecideCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const PromotionOption promotionOption(tr("The promotion."), tr("NUMBER"));
    const QCommandLineOption candidateOption(QStringLiteral("candidate"),
                                             tr("The candidate's name (case and accents do not matter)."), tr("NAME"));
    const QCommandLineOption decisionOption(
        QStringLiteral("decision"), tr("laureate, waitlist, rejected, withdrawn or none (or the French words)."),
        tr("DECISION"));
    const QCommandLineOption grantedOption(
        QStringLiteral("granted"), tr("A laureate's granted amount (default: its eligible amount)."), tr("AMOUNT"));
    parser.addOptions({promotionOption.option(), candidateOption, decisionOption, grantedOption});
    const QString usage = QStringLiteral(
        "fast-committee decide --promotion NUMBER --candidate NAME --decision DECISION [--granted AMOUNT]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!promotionOption.isSet(parser) || !parser.isSet(candidateOption) || !parser.isSet(decisionOption) ||
        !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give --promotion, --candidate and --decision. Usage: %1").arg(usage),
                            CliContext::usageError);
    const std::optional<Decision> decision = decisionFromText(parser.value(decisionOption));
    if (!decision)
        return context.fail(tr("--decision: \"%1\" is not a decision; write one of %2.")
                                .arg(parser.value(decisionOption),
                                     (decisionAcceptedWords() << QStringLiteral("none")).join(QStringLiteral(", "))),
                            CliContext::usageError);
    std::optional<Money> granted;
    if (parser.isSet(grantedOption)) {
        const Result<Money> amount = Money::parse(parser.value(grantedOption));
        if (!amount)
            return context.fail(QStringLiteral("--granted: %1").arg(amount.error()), CliContext::usageError);
        granted = amount.value();
    }
    const std::optional<Promotion> promotion = promotionOption.find(context, parser);
    if (!promotion)
        return CliContext::refused;

    CommitteeStore *store = context.openStore();
    const QString wanted = TextKey::fold(parser.value(candidateOption));
    const Result<QList<Candidate>> candidates = store->candidates(promotion->number);
    if (!candidates)
        return context.fail(candidates.error());
    std::optional<Candidate> candidate;
    for (const Candidate &each : candidates.value()) {
        if (TextKey::fold(each.name) == wanted)
            candidate = each;
    }
    if (!candidate)
        return context.fail(
            tr("%1 has no candidate called \"%2\".").arg(promotion->label(), parser.value(candidateOption)));

    ScoringStore scoring(*store);
    scoring.setOperatorName(store->operatorName());
    if (const Outcome decided = DecisionStore(*store, scoring).setDecision(candidate->id, *decision, granted); !decided)
        return context.fail(decided.error());
    // The decision is written: a failed read back only loses the granted amount from the line printed.
    const Result<std::optional<Candidate>> reread = store->candidate(candidate->id);
    const std::optional<Candidate> updated = reread ? reread.value() : std::nullopt;
    if (updated && updated->decision == Decision::Laureate)
        context.out() << tr("%1: %2, granted %3.")
                             .arg(updated->name, decisionDisplayName(updated->decision), updated->granted.toString())
                      << Qt::endl;
    else
        context.out() << tr("%1: %2.").arg(candidate->name, decisionDisplayName(*decision)) << Qt::endl;
    return CliContext::success;
}
