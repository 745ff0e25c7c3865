#pragma once

#include "commands/ScoringCommand.h"

// Lets a recused member score the candidate again; undo records the recusal again (the member has given
// no note in between: those would be undone first).
class LiftRecusalCommand : public ScoringCommand
{
public:
    LiftRecusalCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber, const QString &candidateName,
                       const QString &memberName);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    QString m_candidateName;
    QString m_memberName;
};
