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

Outcome SetNoteCommand::apply()
{
    const Result<Cell> cell = findCell(*m_snapshots.of(m_promotionNumber), m_candidateName, m_memberName);
    if (!cell)
        return Outcome::failure(cell.error());
    m_previous = m_snapshots.of(m_promotionNumber)
                     ->sheet.note(cell.value().candidateId, cell.value().memberId, m_criterionIndex);
    return m_scoring.setNote(m_promotionNumber, cell.value().candidateId, cell.value().memberId, m_criterionIndex,
                             m_note);
}

Outcome SetNoteCommand::revert()
{
    const Result<Cell> cell = findCell(*m_snapshots.of(m_promotionNumber), m_candidateName, m_memberName);
    if (!cell)
        return Outcome::failure(cell.error());
    return m_scoring.setNote(m_promotionNumber, cell.value().candidateId, cell.value().memberId, m_criterionIndex,
                             m_previous);
}
