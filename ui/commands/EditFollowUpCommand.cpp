#include "commands/EditFollowUpCommand.h"

#include "storage/FollowUpStore.h"

EditFollowUpCommand::EditFollowUpCommand(CommitteeStore &store, FollowUpStore &followUp, const QString &text,
                                         Write write)
    : StoreCommand(store, text), m_followUp(followUp), m_write(std::move(write))
{}

EditFollowUpCommand::Write EditFollowUpCommand::saving(const LaureateFollowUp &wanted)
{
    return [wanted](FollowUpStore &store) {
        return store.save(wanted);
    };
}

Outcome EditFollowUpCommand::apply()
{
    if (m_change) {
        const Result<FollowUpChange> saved = m_followUp.save(m_change->after);
        return saved ? Outcome::success() : Outcome::failure(saved.error());
    }
    const Result<FollowUpChange> written = m_write(m_followUp);
    if (!written)
        return Outcome::failure(written.error());
    m_change = written.value();
    // Nothing changed: no step to undo (QUndoStack drops an obsolete command pushed).
    if (!m_change->changed())
        setObsolete(true);
    return Outcome::success();
}

Outcome EditFollowUpCommand::revert()
{
    if (!m_change)
        return Outcome::success();
    const Result<FollowUpChange> saved = m_followUp.save(m_change->before);
    return saved ? Outcome::success() : Outcome::failure(saved.error());
}
