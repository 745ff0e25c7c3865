#pragma once

#include "commands/StoreCommand.h"

#include <QString>

class ScoringStore;
struct PromotionSnapshot;

// The base of the scoring grid's undo commands: they change notes, recusals and members through
// ScoringStore, beside the CommitteeStore every StoreCommand holds. Like candidates, members are found
// again by name at each redo and undo, because undoing a member's addition and redoing it gives them a
// new id, and undoing a candidate's removal re-creates the candidate under a new id.
class ScoringCommand : public StoreCommand
{
public:
    ScoringCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber, const QString &text);

protected:
    // One cell of the grid: a candidate and a member, found by name.
    struct Cell
    {
        qint64 candidateId = 0;
        qint64 memberId = 0;
    };

    Result<qint64> findMember(const QString &memberName) const;
    Result<Cell> findCell(const QString &candidateName, const QString &memberName) const;
    // The same in the promotion's shared snapshot, which the grid has just shown: nothing is read.
    Result<Cell> findCell(const PromotionSnapshot &snapshot, const QString &candidateName,
                          const QString &memberName) const;
    // The refusals when a name is no longer found.
    QString memberGone(const QString &memberName) const;
    QString candidateGone(const QString &candidateName) const;

    ScoringStore &m_scoring;
    int m_promotionNumber;
};
