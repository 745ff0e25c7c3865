#include "commands/SetCriteriaCommand.h"

#include "storage/ScoringStore.h"

#include <QCoreApplication>

SetCriteriaCommand::SetCriteriaCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber,
                                       CriteriaSet before, CriteriaSet after)
    : ScoringCommand(
          store, scoring, promotionNumber,
          QCoreApplication::translate("SetCriteriaCommand", "Change the criteria of FAST%1").arg(promotionNumber)),
      m_before(std::move(before)), m_after(std::move(after))
{}

Outcome SetCriteriaCommand::apply()
{
    return m_scoring.setCriteria(m_promotionNumber, m_after);
}

Outcome SetCriteriaCommand::revert()
{
    return m_scoring.setCriteria(m_promotionNumber, m_before);
}
