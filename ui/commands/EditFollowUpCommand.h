#pragma once

#include "commands/StoreCommand.h"
#include "storage/FollowUpChange.h"

#include <functional>
#include <optional>

class FollowUpStore;

// One change to a laureate's follow-up from the window (sign, amend, withdraw, a tranche added, edited,
// removed or paid, a milestone set): the first redo runs the write it was given through FollowUpStore, the
// one write path with the rules and the audit; it keeps the follow-up before and after, so that undo saves
// `before` back and a later redo saves `after`. A write that changes nothing leaves no step on the stack.
class EditFollowUpCommand : public StoreCommand
{
public:
    using Write = std::function<Result<FollowUpChange>(FollowUpStore &store)>;

    EditFollowUpCommand(CommitteeStore &store, FollowUpStore &followUp, const QString &text, Write write);

    // Saves the whole follow-up as given: the dialog's edits of the tranches and of the agreement.
    static Write saving(const LaureateFollowUp &wanted);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    FollowUpStore &m_followUp;
    Write m_write;
    std::optional<FollowUpChange> m_change; // after the first redo
};
