#pragma once

#include "commands/ScoringCommand.h"

#include <QList>
#include <QPair>

// Records that a member does not score a candidate (déport), which removes the member's notes on it;
// undo lifts the recusal and gives those notes back.
class RecordRecusalCommand : public ScoringCommand
{
public:
    RecordRecusalCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber,
                         const QString &candidateName, const QString &memberName);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    QString m_candidateName;
    QString m_memberName;
    // (criterion index, note) of the notes the recusal removed, at the last redo.
    QList<QPair<int, int>> m_removedNotes;
};
