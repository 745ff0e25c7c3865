#include "ProposeCommand.h"

#include "CliContext.h"
#include "PromotionArguments.h"
#include "storage/CommitteeStore.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include <QHash>

int ProposeCommand::run(CliContext &context, const QStringList &arguments)
{
    PromotionArguments options(tr("The promotion."), tr("NUMBER"));
    const QCommandLineOption applyOption(QStringLiteral("apply"),
                                         tr("Sets every ranked candidate's decision to the proposed one."));
    options.parser().addOption(applyOption);
    const QString usage = QStringLiteral("fast-committee propose --promotion NUMBER [--apply]");
    if (const auto stop = options.parse(context, arguments, usage, tr("Give --promotion NUMBER. Usage: %1").arg(usage)))
        return *stop;
    const Promotion &promotion = options.promotion();
    const bool apply = options.parser().isSet(applyOption);
    if (apply && promotion.isClosed())
        return context.fail(
            tr("%1 is closed: the proposal was not applied. Reopen it with a reason first.").arg(promotion.label()));

    CommitteeStore *store = context.openStore();
    ScoringStore scoring(*store);
    scoring.setOperatorName(store->operatorName());
    const Result<QList<RankedCandidate>> ranking = scoring.ranking(promotion.number);
    if (!ranking)
        return context.fail(ranking.error());
    const Result<QList<Candidate>> candidates = store->candidates(promotion.number);
    if (!candidates)
        return context.fail(candidates.error());
    const Proposal proposal = Proposal::propose(ranking.value(), promotion, candidates.value());
    QHash<qint64, RankedCandidate> rows;
    for (const RankedCandidate &row : ranking.value())
        rows.insert(row.candidateId, row);

    for (const ProposedDecision &decision : proposal.decisions()) {
        const RankedCandidate row = rows.value(decision.candidateId);
        context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  (%8)")
                             .arg(QString::number(row.rank.value_or(0)).rightJustified(3),
                                  decision.name.leftJustified(28), row.score->toDisplayString().rightJustified(6),
                                  tr("eligible %1").arg(row.eligible.toString()),
                                  decisionDisplayName(decision.decision),
                                  tr("granted %1").arg(decision.granted.toString()),
                                  tr("consumed %1").arg(decision.consumedAfter.toString()), decision.explanation)
                      << Qt::endl;
    }
    // The candidates it leaves out, each with its reason: applying the proposal changes nothing for them.
    for (const ProposedDecision &left : proposal.leftOut())
        context.out() << QStringLiteral("%1  %2  (%3)")
                             .arg(QStringLiteral("-").rightJustified(3), left.name.leftJustified(28), left.explanation)
                      << Qt::endl;
    context.out() << tr("Envelope %1; consumed %2; remaining %3.")
                         .arg(proposal.envelope().toString(), proposal.consumed().toString(),
                              proposal.remaining().toString())
                  << Qt::endl;
    if (!apply)
        return CliContext::success;

    const Result<QList<ProposedDecision>> changed = DecisionStore(*store, scoring).applyProposal(promotion.number);
    if (!changed)
        return context.fail(changed.error());
    context.out() << tr("Proposal applied to %1: %n decision(s) changed.", nullptr, int(changed.value().size()))
                         .arg(promotion.label())
                  << Qt::endl;
    return CliContext::success;
}
