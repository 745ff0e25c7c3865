#pragma once

#include "domain/Candidate.h"
#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class CommitteeStore;

// The base of the window's undo commands: each user action is one subclass that changes the database
// through CommitteeStore, both ways. The store may refuse (a promotion closed meanwhile, a name taken):
// the command then reports the message and makes itself obsolete, so that QUndoStack drops it instead
// of keeping a step that no longer matches the database.
// Candidates are found again by promotion and name, not by id, because undoing a removal re-creates
// the candidate under a new id.
class StoreCommand : public QUndoCommand
{
public:
    using RefusalHandler = std::function<void(const QString &message)>;

    StoreCommand(CommitteeStore &store, const QString &text);

    void setRefusalHandler(RefusalHandler handler) { m_refusalHandler = std::move(handler); }

    void redo() final;
    void undo() final;

protected:
    virtual Outcome apply() = 0;
    virtual Outcome revert() = 0;

    // Empty when no candidate of the promotion has that name; failed when the candidates could not be read
    // (a command must not take a failed read for "the candidate is gone").
    Result<std::optional<Candidate>> findCandidate(int promotionNumber, const QString &name) const;
    Outcome removeCandidateNamed(int promotionNumber, const QString &name);

    CommitteeStore &m_store;

private:
    void refuse(const QString &message);

    RefusalHandler m_refusalHandler;
};
