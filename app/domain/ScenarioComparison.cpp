#include "ScenarioComparison.h"

ScenarioComparison ScenarioComparison::compare(const QList<RankedCandidate> &ranking, const ScenarioOutcome &a,
                                               const ScenarioOutcome &b)
{
    ScenarioComparison comparison;
    for (const RankedCandidate &candidate : ranking) {
        if (!candidate.isRanked())
            continue;
        comparison.m_rows.append({candidate.candidateId, candidate.name, sideOf(a, candidate.candidateId),
                                  sideOf(b, candidate.candidateId)});
    }
    comparison.m_totalsA = totalsOf(a);
    comparison.m_totalsB = totalsOf(b);
    return comparison;
}

int ScenarioComparison::differenceCount() const
{
    int count = 0;
    for (const Row &row : m_rows) {
        if (row.differs())
            ++count;
    }
    return count;
}

ScenarioComparison::Side ScenarioComparison::sideOf(const ScenarioOutcome &outcome, qint64 candidateId)
{
    Side side;
    if (outcome.isExcluded(candidateId)) {
        side.excluded = true;
        return side;
    }
    if (const std::optional<ProposedDecision> proposed = outcome.proposal().decisionFor(candidateId)) {
        side.decision = proposed->decision;
        side.granted = proposed->granted;
    }
    return side;
}

ScenarioComparison::Totals ScenarioComparison::totalsOf(const ScenarioOutcome &outcome)
{
    return {outcome.envelope(), outcome.laureateCount(), outcome.consumed(), outcome.remaining()};
}
