#include "ProposalChanges.h"

#include <QHash>

ProposalChanges ProposalChanges::compute(const Proposal &proposal, const QList<Candidate> &candidates)
{
    QHash<qint64, const Candidate *> byId;
    for (const Candidate &candidate : candidates)
        byId.insert(candidate.id, &candidate);

    ProposalChanges result;
    for (const ProposedDecision &proposed : proposal.decisions()) {
        const Candidate *candidate = byId.value(proposed.candidateId);
        // A candidate gone since the proposal was computed is skipped, as applyProposal skips it.
        if (!candidate)
            continue;
        if (candidate->decision == proposed.decision && candidate->granted == proposed.granted)
            continue;
        result.m_changes.append({candidate->id, candidate->name, candidate->decision, candidate->granted,
                                 proposed.decision, proposed.granted, proposed.explanation});
    }
    result.m_leftOut = proposal.leftOut();
    return result;
}

QList<CandidateDecision> ProposalChanges::decisionsBefore() const
{
    QList<CandidateDecision> before;
    before.reserve(m_changes.size());
    for (const ProposalChange &change : m_changes)
        before.append({change.candidateId, change.decisionBefore, change.grantedBefore});
    return before;
}

QString ProposalChanges::describe(Decision decision, Money granted)
{
    if (decision == Decision::Laureate)
        return tr("%1, %2").arg(decisionDisplayName(decision), granted.toString());
    return decisionDisplayName(decision);
}

QString ProposalChanges::describe(const ProposalChange &change)
{
    return tr("%1: %2 → %3")
        .arg(change.name, describe(change.decisionBefore, change.grantedBefore),
             describe(change.decisionAfter, change.grantedAfter));
}

QString ProposalChanges::describeWithReason(const ProposalChange &change)
{
    if (change.explanation.isEmpty())
        return describe(change);
    return tr("%1 — %2").arg(describe(change), change.explanation);
}

QString ProposalChanges::describeLeftOut(const ProposedDecision &leftOut)
{
    return tr("%1: %2").arg(leftOut.name, leftOut.explanation);
}
