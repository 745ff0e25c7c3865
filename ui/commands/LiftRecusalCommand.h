#pragma once

#include "commands/ScoringCommand.h"

class PromotionSnapshots;

// Lets a recused member score the candidate again; undo records the recusal again (the member has given
// no note in between: those would be undone first).
class LiftRecusalCommand : public ScoringCommand
{
public:
    LiftRecusalCommand(PromotionSnapshots &snapshots, int promotionNumber, const QString &candidateName,
                       const QString &memberName);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    PromotionSnapshots &m_snapshots; // where the cell is found, by name (ScoringCommand says why)
    QString m_candidateName;
    QString m_memberName;
};
