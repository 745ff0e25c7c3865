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
// On a committee shared on a server, a write may fail because the connection was lost, not because it was
// refused: the offline queue then keeps the command on the stack as pending, to be sent (sendPending) when
// the connection is back; undoing a change never sent only forgets it.
class StoreCommand : public QUndoCommand
{
public:
    using RefusalHandler = std::function<void(const QString &message)>;

    // Where the writes the connection lost wait for it (ui/shell/OfflineWrites).
    class OfflineQueue
    {
    public:
        virtual ~OfflineQueue() = default;
        // A write of the command failed: true when the connection is lost and the command is kept.
        virtual bool keep(StoreCommand &command) = 0;
        // A kept command will not be sent (undone or redone before it was, or deleted).
        virtual void forget(StoreCommand &command) = 0;
    };

    StoreCommand(CommitteeStore &store, const QString &text);
    ~StoreCommand() override;

    void setRefusalHandler(RefusalHandler handler) { m_refusalHandler = std::move(handler); }
    void setOfflineQueue(OfflineQueue *queue) { m_offlineQueue = queue; }

    void redo() final;
    void undo() final;

    // Waiting for the connection: its redo (or its undo) was not written yet.
    bool isPending() const { return m_pending != Pending::None; }
    bool isPendingUndo() const { return m_pending == Pending::Undo; }
    // Writes what is pending, once; no longer pending when it was written.
    Outcome sendPending();
    // Refused when it was sent at last: dropped from the stack, and the message said.
    void refuseSent(const QString &message);

protected:
    virtual Outcome apply() = 0;
    virtual Outcome revert() = 0;

    // Empty when no candidate of the promotion has that name; failed when the candidates could not be read
    // (a command must not take a failed read for "the candidate is gone").
    Result<std::optional<Candidate>> findCandidate(int promotionNumber, const QString &name) const;
    Outcome removeCandidateNamed(int promotionNumber, const QString &name);

    CommitteeStore &m_store;

private:
    enum class Pending { None, Redo, Undo };

    void refuse(const QString &message);
    // A failed write: kept as pending when the offline queue takes it, else refused.
    void failed(Pending pending, const QString &message);
    // No longer pending without being sent.
    void forgetPending();

    RefusalHandler m_refusalHandler;
    OfflineQueue *m_offlineQueue = nullptr;
    Pending m_pending = Pending::None;
};
