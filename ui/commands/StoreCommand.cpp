#include "commands/StoreCommand.h"

#include "domain/TextKey.h"
#include "storage/CommitteeStore.h"

#include <QCoreApplication>

StoreCommand::StoreCommand(CommitteeStore &store, const QString &text) : QUndoCommand(text), m_store(store)
{}

void StoreCommand::redo()
{
    if (const Outcome outcome = apply(); !outcome)
        refuse(outcome.error());
}

void StoreCommand::undo()
{
    if (const Outcome outcome = revert(); !outcome)
        refuse(outcome.error());
}

void StoreCommand::refuse(const QString &message)
{
    setObsolete(true);
    if (m_refusalHandler)
        m_refusalHandler(message);
}

Result<std::optional<Candidate>> StoreCommand::findCandidate(int promotionNumber, const QString &name) const
{
    using Found = Result<std::optional<Candidate>>;
    const QString key = TextKey::fold(name);
    const Result<QList<Candidate>> candidates = m_store.candidates(promotionNumber);
    if (!candidates)
        return Found::failure(candidates.error());
    for (const Candidate &candidate : candidates.value()) {
        if (TextKey::fold(candidate.name) == key)
            return Found::success(candidate);
    }
    return Found::success(std::nullopt);
}

Outcome StoreCommand::removeCandidateNamed(int promotionNumber, const QString &name)
{
    const Result<std::optional<Candidate>> read = findCandidate(promotionNumber, name);
    if (!read)
        return Outcome::failure(read.error());
    const std::optional<Candidate> found = read.value();
    if (!found)
        return Outcome::failure(
            QCoreApplication::translate("StoreCommand", "The candidate \"%1\" is no longer in FAST%2.")
                .arg(name)
                .arg(promotionNumber));
    return m_store.removeCandidate(found->id);
}
