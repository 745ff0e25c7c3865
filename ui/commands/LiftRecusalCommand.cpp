#include "commands/LiftRecusalCommand.h"

#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"

#include <QCoreApplication>

LiftRecusalCommand::LiftRecusalCommand(PromotionSnapshots &snapshots, int promotionNumber, const QString &candidateName,
                                       const QString &memberName)
    : ScoringCommand(snapshots.committee(), snapshots.scoring(), promotionNumber,
                     QCoreApplication::translate("LiftRecusalCommand", "Lift the recusal of %1 on %2")
                         .arg(memberName, candidateName)),
      m_snapshots(snapshots), m_candidateName(candidateName), m_memberName(memberName)
{}

Outcome LiftRecusalCommand::apply()
{
    const Result<Cell> cell = findCell(*m_snapshots.of(m_promotionNumber), m_candidateName, m_memberName);
    if (!cell)
        return Outcome::failure(cell.error());
    return m_scoring.liftRecusal(m_promotionNumber, cell.value().candidateId, cell.value().memberId);
}

Outcome LiftRecusalCommand::revert()
{
    const Result<Cell> cell = findCell(*m_snapshots.of(m_promotionNumber), m_candidateName, m_memberName);
    if (!cell)
        return Outcome::failure(cell.error());
    const Result<QList<ScoreNote>> recorded =
        m_scoring.recordRecusal(m_promotionNumber, cell.value().candidateId, cell.value().memberId);
    return recorded ? Outcome::success() : Outcome::failure(recorded.error());
}
