#pragma once

#include "commands/StoreCommand.h"

// Removes a candidate; undo adds it back with every field it had, its decision included.
class RemoveCandidateCommand : public StoreCommand
{
public:
    RemoveCandidateCommand(CommitteeStore &store, int promotionNumber, const Candidate &candidate);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    int m_promotionNumber;
    Candidate m_candidate;
};
