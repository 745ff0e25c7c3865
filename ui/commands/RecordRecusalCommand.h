#pragma once

#include "commands/ScoringCommand.h"

class PromotionSnapshots;

#include <QList>
#include <QPair>

// Records that a member does not score a candidate (déport), which removes the member's notes on it;
// undo lifts the recusal and gives those notes back.
class RecordRecusalCommand : public ScoringCommand
{
public:
    RecordRecusalCommand(PromotionSnapshots &snapshots, int promotionNumber, const QString &candidateName,
                         const QString &memberName);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    PromotionSnapshots &m_snapshots; // where the cell is found, by name (ScoringCommand says why)
    QString m_candidateName;
    QString m_memberName;
    // (criterion index, note) of the notes the recusal removed, at the last redo.
    QList<QPair<int, int>> m_removedNotes;
};
