#include "commands/EditCandidateCommand.h"

#include "storage/CommitteeStore.h"

#include <QCoreApplication>

EditCandidateCommand::EditCandidateCommand(CommitteeStore &store, int promotionNumber, const Candidate &before,
                                           const Candidate &after)
    : StoreCommand(store, QCoreApplication::translate("EditCandidateCommand", "Edit candidate %1").arg(after.name)),
      m_promotionNumber(promotionNumber), m_before(before), m_after(after)
{}

Outcome EditCandidateCommand::apply()
{
    return replace(m_before, m_after);
}

Outcome EditCandidateCommand::revert()
{
    return replace(m_after, m_before);
}

Outcome EditCandidateCommand::replace(const Candidate &from, const Candidate &to)
{
    // Found by name (an undone removal gives the candidate a new id), or by its id when another operator renamed
    // it meanwhile: the store then says who did, rather than "no longer there".
    const Result<std::optional<Candidate>> read = findCandidate(m_promotionNumber, from.name);
    if (!read)
        return Outcome::failure(read.error());
    std::optional<Candidate> current = read.value();
    if (!current && from.id != 0) {
        const Result<std::optional<Candidate>> byId = m_store.candidate(from.id);
        if (!byId)
            return Outcome::failure(byId.error());
        current = byId.value();
    }
    if (!current)
        return Outcome::failure(
            QCoreApplication::translate("EditCandidateCommand", "The candidate \"%1\" is no longer in FAST%2.")
                .arg(from.name)
                .arg(m_promotionNumber));
    // Only the fields this step changes are written, each only if it still holds from's value: another
    // operator's change to the same field meanwhile is refused with who made it, in either direction.
    Candidate opened = from;
    opened.id = current->id;
    opened.promotionId = current->promotionId;
    Candidate changed = to;
    changed.id = current->id;
    changed.promotionId = current->promotionId;
    return m_store.editCandidate(opened, changed);
}
