#include "commands/StoreCommand.h"

#include "domain/TextKey.h"
#include "storage/CommitteeStore.h"

#include <QCoreApplication>

StoreCommand::StoreCommand(CommitteeStore &store, const QString &text) : QUndoCommand(text), m_store(store)
{}

StoreCommand::~StoreCommand()
{
    forgetPending();
}

void StoreCommand::redo()
{
    // Redoing an undo that was never sent: the database still holds this command's change.
    if (m_pending == Pending::Undo) {
        forgetPending();
        return;
    }
    if (const Outcome outcome = apply(); !outcome)
        failed(Pending::Redo, outcome.error());
}

void StoreCommand::undo()
{
    // Undoing a change that was never sent: there is nothing to put back.
    if (m_pending == Pending::Redo) {
        forgetPending();
        return;
    }
    if (const Outcome outcome = revert(); !outcome)
        failed(Pending::Undo, outcome.error());
}

Outcome StoreCommand::sendPending()
{
    if (m_pending == Pending::None)
        return Outcome::success();
    const Outcome outcome = m_pending == Pending::Redo ? apply() : revert();
    if (outcome)
        m_pending = Pending::None;
    return outcome;
}

void StoreCommand::refuseSent(const QString &message)
{
    m_pending = Pending::None;
    refuse(message);
}

void StoreCommand::failed(Pending pending, const QString &message)
{
    m_pending = pending;
    if (m_offlineQueue && m_offlineQueue->keep(*this))
        return;
    m_pending = Pending::None;
    refuse(message);
}

void StoreCommand::forgetPending()
{
    if (m_pending == Pending::None)
        return;
    m_pending = Pending::None;
    if (m_offlineQueue)
        m_offlineQueue->forget(*this);
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
