#pragma once

#include "commands/StoreCommand.h"

// Adds a candidate to a promotion; undo removes it again.
class AddCandidateCommand : public StoreCommand
{
public:
    AddCandidateCommand(CommitteeStore &store, int promotionNumber, const Candidate &candidate);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    int m_promotionNumber;
    Candidate m_candidate;
};
