#pragma once

#include "commands/StoreCommand.h"

// Changes a candidate's fields (a rename included); undo restores the previous values. Either way only the
// fields the edit changed are written, and one that another operator changed meanwhile is refused with who
// changed it (CommitteeStore::editCandidate), so that two windows editing different fields both keep theirs.
class EditCandidateCommand : public StoreCommand
{
public:
    EditCandidateCommand(CommitteeStore &store, int promotionNumber, const Candidate &before, const Candidate &after);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    Outcome replace(const Candidate &from, const Candidate &to);

    int m_promotionNumber;
    Candidate m_before;
    Candidate m_after;
};
