#include "commands/SetDecisionCommand.h"

#include "storage/CommitteeStore.h"
#include "storage/DecisionStore.h"

#include <QCoreApplication>

#include <utility>

namespace {

QString commandText(CommitteeStore &store, int promotionNumber, qint64 candidateId, Decision decision, QString name)
{
    // Only the undo stack's label: a failed read leaves the name out, apply() then refuses with its words.
    const Result<QList<Candidate>> candidates =
        name.isEmpty() ? store.candidates(promotionNumber) : Result<QList<Candidate>>::success({});
    for (const Candidate &candidate : candidates ? candidates.value() : QList<Candidate>()) {
        if (candidate.id == candidateId)
            name = candidate.name;
    }
    return QCoreApplication::translate("SetDecisionCommand", "Decide %1: %2").arg(name, decisionDisplayName(decision));
}

} // namespace

SetDecisionCommand::SetDecisionCommand(CommitteeStore &store, DecisionStore &decisions, int promotionNumber,
                                       qint64 candidateId, Decision decision, std::optional<Money> granted,
                                       std::optional<CandidateDecision> seen, const QString &candidateName)
    : StoreCommand(store, commandText(store, promotionNumber, candidateId, decision, candidateName)),
      m_decisions(decisions), m_promotionNumber(promotionNumber), m_candidateId(candidateId), m_decision(decision),
      m_granted(granted), m_seen(seen)
{
    m_before.candidateId = candidateId;
}

Outcome SetDecisionCommand::apply()
{
    const Result<QList<Candidate>> candidates = m_store.candidates(m_promotionNumber);
    if (!candidates)
        return Outcome::failure(candidates.error());
    bool found = false;
    for (const Candidate &candidate : candidates.value()) {
        if (candidate.id == m_candidateId) {
            m_before = {candidate.id, candidate.decision, candidate.granted};
            found = true;
        }
    }
    if (!found)
        return Outcome::failure(
            QCoreApplication::translate("SetDecisionCommand", "This candidate is no longer in FAST%1.")
                .arg(m_promotionNumber));
    // Given up only once written: a write the connection lost is sent again with the same check, so that a
    // decision another made during the outage is still refused.
    const Outcome decided = m_decisions.setDecision(m_candidateId, m_decision, m_granted, m_seen);
    if (decided)
        m_seen.reset();
    return decided;
}

Outcome SetDecisionCommand::revert()
{
    return m_decisions.restoreDecisions(m_promotionNumber, {m_before});
}
