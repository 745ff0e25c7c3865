#include "commands/SetNoteCommand.h"

#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"

#include <QCoreApplication>

SetNoteCommand::SetNoteCommand(PromotionSnapshots &snapshots, int promotionNumber, const QString &candidateName,
                               const QString &memberName, int criterionIndex, std::optional<int> note)
    : ScoringCommand(snapshots.committee(), snapshots.scoring(), promotionNumber,
                     note ? QCoreApplication::translate("SetNoteCommand", "Note %1 by %2 on %3")
                                .arg(*note)
                                .arg(memberName, candidateName)
                          : QCoreApplication::translate("SetNoteCommand", "Clear the note of %1 on %2")
                                .arg(memberName, candidateName)),
      m_snapshots(snapshots), m_candidateName(candidateName), m_memberName(memberName),
      m_criterionIndex(criterionIndex), m_note(note)
{}

Result<ScoringCommand::Cell> SetNoteCommand::findCellInSnapshot() const
{
    const std::shared_ptr<const PromotionSnapshot> snapshot = m_snapshots.of(m_promotionNumber);
    const std::optional<Candidate> candidate = snapshot->candidateNamed(m_candidateName);
    if (!candidate)
        return Result<Cell>::failure(candidateGone(m_candidateName));
    // An unreadable sheet has no members: say why rather than that the member left.
    if (!snapshot->error.isEmpty())
        return Result<Cell>::failure(snapshot->error);
    const std::optional<CommitteeMember> member = snapshot->memberNamed(m_memberName);
    if (!member)
        return Result<Cell>::failure(memberGone(m_memberName));
    return Result<Cell>::success(Cell{candidate->id, member->id});
}

Outcome SetNoteCommand::apply()
{
    const Result<Cell> cell = findCellInSnapshot();
    if (!cell)
        return Outcome::failure(cell.error());
    m_previous = m_snapshots.of(m_promotionNumber)
                     ->sheet.note(cell.value().candidateId, cell.value().memberId, m_criterionIndex);
    return m_scoring.setNote(m_promotionNumber, cell.value().candidateId, cell.value().memberId, m_criterionIndex,
                             m_note);
}

Outcome SetNoteCommand::revert()
{
    const Result<Cell> cell = findCellInSnapshot();
    if (!cell)
        return Outcome::failure(cell.error());
    return m_scoring.setNote(m_promotionNumber, cell.value().candidateId, cell.value().memberId, m_criterionIndex,
                             m_previous);
}
