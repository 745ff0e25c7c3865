#pragma once

#include "commands/ScoringCommand.h"

#include <optional>

class PromotionSnapshots;

// Gives, changes or clears (no note) one member's note on one criterion of a candidate; undo puts back
// the note the cell held before, or empties it again. The cell and the note it held are found in the
// promotion's shared snapshot, which the grid has just shown: a typed note reads nothing before its
// write, and the one read after it is the snapshot's, shared by every page.
class SetNoteCommand : public ScoringCommand
{
public:
    SetNoteCommand(PromotionSnapshots &snapshots, int promotionNumber, const QString &candidateName,
                   const QString &memberName, int criterionIndex, std::optional<int> note);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    PromotionSnapshots &m_snapshots;
    QString m_candidateName;
    QString m_memberName;
    int m_criterionIndex;
    std::optional<int> m_note;
    std::optional<int> m_previous; // taken from the snapshot at each redo
};
