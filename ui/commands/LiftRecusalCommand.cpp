#include "commands/LiftRecusalCommand.h"

#include "storage/ScoringStore.h"

#include <QCoreApplication>

LiftRecusalCommand::LiftRecusalCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber,
                                       const QString &candidateName, const QString &memberName)
    : ScoringCommand(store, scoring, promotionNumber,
                     QCoreApplication::translate("LiftRecusalCommand", "Lift the recusal of %1 on %2")
                         .arg(memberName, candidateName)),
      m_candidateName(candidateName), m_memberName(memberName)
{}

Outcome LiftRecusalCommand::apply()
{
    const Result<Cell> cell = findCell(m_candidateName, m_memberName);
    if (!cell)
        return Outcome::failure(cell.error());
    return m_scoring.liftRecusal(m_promotionNumber, cell.value().candidateId, cell.value().memberId);
}

Outcome LiftRecusalCommand::revert()
{
    const Result<Cell> cell = findCell(m_candidateName, m_memberName);
    if (!cell)
        return Outcome::failure(cell.error());
    const Result<QList<ScoreNote>> recorded =
        m_scoring.recordRecusal(m_promotionNumber, cell.value().candidateId, cell.value().memberId);
    return recorded ? Outcome::success() : Outcome::failure(recorded.error());
}
