#include "Proposal.h"

#include "Promotion.h"

Proposal Proposal::propose(const QList<RankedCandidate> &ranking, Money envelope, int minimumScore)
{
    Proposal proposal;
    proposal.m_envelope = envelope;
    Money remaining = envelope;
    for (const RankedCandidate &row : ranking) {
        if (!row.isRanked() || !row.score)
            continue;
        ProposedDecision decision;
        decision.candidateId = row.candidateId;
        decision.name = row.name;
        if (row.score->isBelow(minimumScore)) {
            decision.decision = Decision::Rejected;
            decision.reason = ProposalReason::BelowMinimumScore;
            decision.explanation =
                tr("score %1 below the minimum score %2").arg(row.score->toDisplayString()).arg(minimumScore);
        } else if (row.eligible <= Money()) {
            // A laureate is always granted more than 0 € (rules.md): nothing to grant, nothing to propose.
            decision.decision = Decision::Rejected;
            decision.reason = ProposalReason::NothingEligible;
            decision.explanation = tr("nothing eligible: its eligible amount is %1").arg(row.eligible.toString());
        } else if (row.eligible <= remaining) {
            decision.decision = Decision::Laureate;
            decision.granted = row.eligible;
            remaining -= row.eligible;
            decision.reason = ProposalReason::WithinEnvelope;
            decision.explanation = tr("within the envelope (remaining after: %1)").arg(remaining.toString());
        } else {
            decision.decision = Decision::Waitlist;
            decision.reason = ProposalReason::DoesNotFit;
            decision.explanation = tr("does not fit the remaining %1").arg(remaining.toString());
        }
        decision.consumedAfter = envelope - remaining;
        decision.remainingAfter = remaining;
        proposal.m_decisions.append(decision);
    }
    proposal.m_remaining = remaining;
    return proposal;
}

Proposal Proposal::propose(const QList<RankedCandidate> &ranking, const Promotion &promotion)
{
    return propose(ranking, promotion.envelope, promotion.minimumScore);
}

std::optional<ProposedDecision> Proposal::decisionFor(qint64 candidateId) const
{
    for (const ProposedDecision &decision : m_decisions) {
        if (decision.candidateId == candidateId)
            return decision;
    }
    return std::nullopt;
}

int Proposal::laureateCount() const
{
    int count = 0;
    for (const ProposedDecision &decision : m_decisions) {
        if (decision.decision == Decision::Laureate)
            ++count;
    }
    return count;
}
