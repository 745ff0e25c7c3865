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
    // seen: the decision the window showed when the operator chose (DecisionStore::setDecision refuses the
    // first apply if it changed since); none to decide whatever the candidate holds. candidateName: the name
    // the window showed, for the command's text; read from the store when not given (a read the lost
    // connection to a server may refuse, when the text must still name the candidate waiting to be sent).
    SetDecisionCommand(CommitteeStore &store, DecisionStore &decisions, int promotionNumber, qint64 candidateId,
                       Decision decision, std::optional<Money> granted = std::nullopt,
                       std::optional<CandidateDecision> seen = std::nullopt, const QString &candidateName = QString());

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
    // Checked by the first apply only: a redo puts back this command's own decision.
    std::optional<CandidateDecision> m_seen;
};
