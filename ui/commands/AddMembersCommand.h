#pragma once

#include "commands/ScoringCommand.h"

#include <QStringList>

// Adds members to a promotion's committee, all or nothing; undo takes them off again (refused by the
// store if one of them has noted meanwhile, which the undo stack's order prevents).
class AddMembersCommand : public ScoringCommand
{
public:
    AddMembersCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber, const QStringList &names);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    QStringList m_names;
};
