#pragma once

#include "commands/StoreCommand.h"

#include "domain/CandidateDecision.h"

#include <optional>

class DecisionStore;

// Sets one candidate's decision and granted amount (none given: the eligible amount for a laureate);
// undo puts back the decision and amount it had before. The candidate is found by id within its
// promotion: decisions never recreate a candidate.
class SetDecisionCommand : public StoreCommand
{
public:
    SetDecisionCommand(CommitteeStore &store, DecisionStore &decisions, int promotionNumber, qint64 candidateId,
                       Decision decision, std::optional<Money> granted = std::nullopt);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    DecisionStore &m_decisions;
    int m_promotionNumber;
    qint64 m_candidateId;
    Decision m_decision;
    std::optional<Money> m_granted;
    CandidateDecision m_before;
    // The decision the window showed when the operator chose: the first apply is refused if another window
    // has changed it since (DecisionStore::setDecision); a redo puts back this command's own decision.
    std::optional<CandidateDecision> m_seen;
};
