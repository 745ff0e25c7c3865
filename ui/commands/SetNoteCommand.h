#pragma once

#include "commands/ScoringCommand.h"

#include <optional>

// Gives, changes or clears (no note) one member's note on one criterion of a candidate; undo puts back
// the note the cell held before, or empties it again.
class SetNoteCommand : public ScoringCommand
{
public:
    SetNoteCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber, const QString &candidateName,
                   const QString &memberName, int criterionIndex, std::optional<int> note);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    QString m_candidateName;
    QString m_memberName;
    int m_criterionIndex;
    std::optional<int> m_note;
    std::optional<int> m_previous; // read from the store at each redo
};
