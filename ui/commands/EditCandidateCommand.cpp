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
    const Result<std::optional<Candidate>> read = findCandidate(m_promotionNumber, from.name);
    if (!read)
        return Outcome::failure(read.error());
    const std::optional<Candidate> current = read.value();
    if (!current)
        return Outcome::failure(
            QCoreApplication::translate("EditCandidateCommand", "The candidate \"%1\" is no longer in FAST%2.")
                .arg(from.name)
                .arg(m_promotionNumber));
    Candidate changed = to;
    changed.id = current->id;
    changed.promotionId = current->promotionId;
    return m_store.updateCandidate(changed);
}
