#pragma once

#include "commands/StoreCommand.h"

// Closes a promotion (every candidate decided, envelope respected); undo reopens it, the audit log
// saying it was an undo.
class ClosePromotionCommand : public StoreCommand
{
public:
    ClosePromotionCommand(CommitteeStore &store, int promotionNumber);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    int m_promotionNumber;
};
