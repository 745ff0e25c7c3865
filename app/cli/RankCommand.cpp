#include "RankCommand.h"

#include "CliContext.h"
#include "PromotionArguments.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QJsonArray>
#include <QJsonObject>

int RankCommand::run(CliContext &context, const QStringList &arguments)
{
    PromotionArguments options(tr("The promotion."), tr("NUMBER"), tr("Prints a JSON array."));
    const QString usage = QStringLiteral("fast-committee rank --promotion NUMBER [--json]");
    if (const auto stop = options.parse(context, arguments, usage, tr("Give --promotion NUMBER. Usage: %1").arg(usage)))
        return *stop;
    const Promotion &promotion = options.promotion();
    const ScoringStore scoring(*context.openStore());
    const Result<QList<RankedCandidate>> ranking = scoring.ranking(promotion.number);
    if (!ranking)
        return context.fail(ranking.error());
    // With the candidates, the proposal explains the withdrawn ones too: they follow the ranking here as
    // in the window, each with its reason.
    const Result<QList<Candidate>> candidates = context.openStore()->candidates(promotion.number);
    if (!candidates)
        return context.fail(candidates.error());
    const Proposal proposal = Proposal::propose(ranking.value(), promotion, candidates.value());
    QList<RankedCandidate> rows = ranking.value();
    for (const ProposedDecision &left : proposal.leftOut()) {
        if (left.reason != ProposalReason::Withdrawn)
            continue;
        RankedCandidate row;
        row.candidateId = left.candidateId;
        row.name = left.name;
        rows.append(row);
    }

    if (options.json()) {
        QJsonArray array;
        for (const RankedCandidate &row : std::as_const(rows)) {
            const std::optional<ProposedDecision> explained = proposal.explanationFor(row.candidateId);
            const bool withdrawn = explained && explained->reason == ProposalReason::Withdrawn;
            const bool proposed = row.isRanked() && explained && explained->decision != Decision::None;
            const QJsonValue null(QJsonValue::Null);
            array.append(QJsonObject{
                {QStringLiteral("rank"), row.rank ? QJsonValue(*row.rank) : null},
                {QStringLiteral("ex_aequo"), row.exAequo},
                {QStringLiteral("name"), row.name},
                {QStringLiteral("score"), row.score ? QJsonValue(row.score->toFixedString(2)) : null},
                {QStringLiteral("eligible_cents"), withdrawn ? null : QJsonValue(row.eligible.cents())},
                {QStringLiteral("proposed"), proposed ? QJsonValue(decisionKey(explained->decision)) : null},
                {QStringLiteral("reason"), explained ? QJsonValue(proposalReasonKey(explained->reason)) : null},
                {QStringLiteral("explanation"), explained ? QJsonValue(explained->explanation) : null},
                {QStringLiteral("missing_notes"), row.missingNotes},
            });
        }
        context.printJson(QJsonDocument(array));
        return CliContext::success;
    }

    if (rows.isEmpty()) {
        context.out() << tr("%1 has no candidate to rank.").arg(promotion.label()) << Qt::endl;
        return CliContext::success;
    }
    context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(tr("Rank").leftJustified(12), tr("Candidate").leftJustified(28),
                              tr("Score").rightJustified(6), tr("Eligible").rightJustified(14), tr("Proposed"))
                  << Qt::endl;
    for (const RankedCandidate &row : std::as_const(rows)) {
        const std::optional<ProposedDecision> explained = proposal.explanationFor(row.candidateId);
        const QString why = explained ? explained->explanation : QString();
        if (!row.isRanked()) {
            // Left out of the proposal: no score, no proposal, only the reason.
            context.out() << QStringLiteral("%1  %2  %3")
                                 .arg(QStringLiteral("-").leftJustified(12), row.name.leftJustified(28), why)
                          << Qt::endl;
            continue;
        }
        QString rank = QString::number(*row.rank);
        if (row.exAequo)
            rank += QLatin1Char(' ') + tr("ex aequo");
        context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(rank.leftJustified(12), row.name.leftJustified(28),
                                  row.score->toDisplayString().rightJustified(6),
                                  row.eligible.toString().rightJustified(14),
                                  !explained ? QString()
                                  : explained->decision == Decision::None
                                      ? why
                                      : tr("%1 (%2)").arg(decisionDisplayName(explained->decision), why))
                      << Qt::endl;
    }
    return CliContext::success;
}
