#pragma once

#include "Money.h"
#include "Proposal.h"
#include "RankedCandidate.h"

#include <QList>
#include <QSet>

// What a scenario gives (Scenario::outcome): the proposal of the ranking with the excluded candidates
// removed, within the scenario's envelope, and the figures the panel and the envelope gauge show. A pure
// value computed in microseconds, so the what-if panel recomputes it on every keystroke.
class ScenarioOutcome
{
public:
    ScenarioOutcome() = default;
    ScenarioOutcome(Proposal proposal, QSet<qint64> excludedCandidateIds);

    const Proposal &proposal() const { return m_proposal; }
    // The proposed decisions in ranking order, excluded candidates left out.
    const QList<ProposedDecision> &decisions() const { return m_proposal.decisions(); }
    // Whether the candidate was left out by the scenario (as opposed to not ranked at all).
    bool isExcluded(qint64 candidateId) const { return m_excluded.contains(candidateId); }

    Money envelope() const { return m_proposal.envelope(); }
    // Σ granted of the proposed laureates.
    Money consumed() const { return m_proposal.consumed(); }
    Money remaining() const { return m_proposal.remaining(); }
    int laureateCount() const { return m_proposal.laureateCount(); }
    int waitlistCount() const { return count(Decision::Waitlist); }
    int rejectedCount() const { return count(Decision::Rejected); }
    // Excluded candidates that are in the ranking (ranked or not).
    int excludedCount() const { return int(m_excluded.size()); }

    // The envelope gauge's figures: nothing is decided in a what-if, so the whole proposal is "proposed"
    // and nothing "consumed" (EnvelopeGauge(envelope(), Money(), gaugeProposed())).
    Money gaugeProposed() const { return consumed(); }

private:
    int count(Decision decision) const;

    Proposal m_proposal;
    QSet<qint64> m_excluded;
};
