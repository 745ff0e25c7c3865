#include "commands/RecordRecusalCommand.h"

#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"

#include <QCoreApplication>

RecordRecusalCommand::RecordRecusalCommand(PromotionSnapshots &snapshots, int promotionNumber,
                                           const QString &candidateName, const QString &memberName)
    : ScoringCommand(
          snapshots.committee(), snapshots.scoring(), promotionNumber,
          QCoreApplication::translate("RecordRecusalCommand", "Recusal of %1 on %2").arg(memberName, candidateName)),
      m_snapshots(snapshots), m_candidateName(candidateName), m_memberName(memberName)
{}

Outcome RecordRecusalCommand::apply()
{
    const Result<Cell> cell = findCell(*m_snapshots.of(m_promotionNumber), m_candidateName, m_memberName);
    if (!cell)
        return Outcome::failure(cell.error());
    const Result<QList<ScoreNote>> removed =
        m_scoring.recordRecusal(m_promotionNumber, cell.value().candidateId, cell.value().memberId);
    if (!removed)
        return Outcome::failure(removed.error());
    m_removedNotes.clear();
    for (const ScoreNote &note : removed.value())
        m_removedNotes.append({note.criterionIndex, note.note});
    return Outcome::success();
}

Outcome RecordRecusalCommand::revert()
{
    const Result<Cell> cell = findCell(*m_snapshots.of(m_promotionNumber), m_candidateName, m_memberName);
    if (!cell)
        return Outcome::failure(cell.error());
    const qint64 candidateId = cell.value().candidateId;
    const qint64 memberId = cell.value().memberId;
    if (const Outcome lifted = m_scoring.liftRecusal(m_promotionNumber, candidateId, memberId); !lifted)
        return lifted;
    // The notes come back one by one, each audited as given again.
    for (const auto &[criterionIndex, note] : std::as_const(m_removedNotes)) {
        if (const Outcome noted = m_scoring.setNote(m_promotionNumber, candidateId, memberId, criterionIndex, note);
            !noted)
            return noted;
    }
    return Outcome::success();
}
