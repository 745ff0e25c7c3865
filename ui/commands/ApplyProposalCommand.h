#pragma once

#include "commands/StoreCommand.h"

#include "domain/CandidateDecision.h"

#include <QList>

class ScoringStore;

// Applies the proposal of laureates to a promotion's ranked candidates; undo puts back the decisions and
// granted amounts they had before, in one transaction (ScoringStore::restoreDecisions). The decisions
// before are read again at each redo, so a redo after other changes undoes exactly what it did.
class ApplyProposalCommand : public StoreCommand
{
public:
    ApplyProposalCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber);

    // The decisions the last redo changed, as they were before it; empty when it changed nothing.
    const QList<CandidateDecision> &decisionsBefore() const { return m_before; }

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    ScoringStore &m_scoring;
    int m_promotionNumber;
    QList<CandidateDecision> m_before;
};
