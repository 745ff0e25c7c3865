#pragma once

#include "commands/StoreCommand.h"

#include "domain/Promotion.h"

// Changes a promotion's number, year, envelope, rule, minimum score or committee date; undo restores them.
class EditPromotionCommand : public StoreCommand
{
public:
    EditPromotionCommand(CommitteeStore &store, const Promotion &before, const Promotion &after);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    Outcome replace(const Promotion &from, const Promotion &to);

    Promotion m_before;
    Promotion m_after;
};
