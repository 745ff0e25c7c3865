#pragma once

#include "commands/StoreCommand.h"

#include "domain/CandidateDecision.h"

#include <QList>

class DecisionStore;

// Applies the proposal of laureates to a promotion's ranked candidates; undo puts back the decisions and
// granted amounts they had before, in one transaction (DecisionStore::restoreDecisions). The decisions
// before are read again at each redo, so a redo after other changes undoes exactly what it did.
class ApplyProposalCommand : public StoreCommand
{
public:
    ApplyProposalCommand(CommitteeStore &store, DecisionStore &decisions, int promotionNumber);

    // The decisions the last redo changed, as they were before it; empty when it changed nothing.
    const QList<CandidateDecision> &decisionsBefore() const { return m_before; }

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    DecisionStore &m_decisions;
    int m_promotionNumber;
    QList<CandidateDecision> m_before;
};
