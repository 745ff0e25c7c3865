#pragma once

#include "commands/ScoringCommand.h"
#include "domain/CriteriaSet.h"

// Replaces a promotion's criteria and weights (the criteria editor's OK); undo puts the earlier set back.
// Both ways go through ScoringStore::setCriteria: one transaction with its audit row, refused once a note
// exists or the promotion is closed, so an undo after the first note is refused and said.
class SetCriteriaCommand : public ScoringCommand
{
public:
    SetCriteriaCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber, CriteriaSet before,
                       CriteriaSet after);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    CriteriaSet m_before;
    CriteriaSet m_after;
};
