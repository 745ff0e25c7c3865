#include "ScenarioOutcome.h"

#include <utility>

ScenarioOutcome::ScenarioOutcome(Proposal proposal, QSet<qint64> excludedCandidateIds)
    : m_proposal(std::move(proposal)), m_excluded(std::move(excludedCandidateIds))
{}

int ScenarioOutcome::count(Decision decision) const
{
    int total = 0;
    for (const ProposedDecision &proposed : m_proposal.decisions()) {
        if (proposed.decision == decision)
            ++total;
    }
    return total;
}
