#pragma once

#include "commands/StoreCommand.h"

#include "domain/Promotion.h"

// Creates a promotion; undo removes it again (the store refuses when candidates were added since).
class AddPromotionCommand : public StoreCommand
{
public:
    AddPromotionCommand(CommitteeStore &store, const Promotion &promotion);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    Promotion m_promotion;
};
