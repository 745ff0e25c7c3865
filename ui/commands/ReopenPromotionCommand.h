#pragma once

#include "commands/StoreCommand.h"

// Reopens a closed promotion with the written reason the rules require; undo closes it again.
class ReopenPromotionCommand : public StoreCommand
{
public:
    ReopenPromotionCommand(CommitteeStore &store, int promotionNumber, const QString &reason);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    int m_promotionNumber;
    QString m_reason;
};
