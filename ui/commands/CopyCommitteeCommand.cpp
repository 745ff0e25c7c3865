#include "commands/CopyCommitteeCommand.h"

#include "storage/ScoringStore.h"

#include <QCoreApplication>

CopyCommitteeCommand::CopyCommitteeCommand(CommitteeStore &store, ScoringStore &scoring, int sourceNumber,
                                           int targetNumber)
    : ScoringCommand(
          store, scoring, targetNumber,
          QCoreApplication::translate("CopyCommitteeCommand", "Copy the committee of FAST%1").arg(sourceNumber)),
      m_sourceNumber(sourceNumber)
{}

Outcome CopyCommitteeCommand::apply()
{
    const Result<CommitteeCopy> copied = m_scoring.copyCommittee(m_sourceNumber, m_promotionNumber);
    if (!copied)
        return Outcome::failure(copied.error());
    m_addedNames.clear();
    for (const CommitteeMember &member : copied.value().addedMembers)
        m_addedNames.append(member.name);
    m_criteriaChanged = copied.value().criteriaChanged;
    m_criteriaBefore = copied.value().criteriaBefore;
    return Outcome::success();
}

Outcome CopyCommitteeCommand::revert()
{
    // The criteria first: the store refuses them once a note exists, before any member has been taken off.
    if (m_criteriaChanged) {
        if (const Outcome restored = m_scoring.setCriteria(m_promotionNumber, m_criteriaBefore); !restored)
            return restored;
    }
    for (auto name = m_addedNames.crbegin(); name != m_addedNames.crend(); ++name) {
        const Result<qint64> member = findMember(*name);
        if (!member)
            return Outcome::failure(member.error());
        if (const Outcome removed = m_scoring.removeMember(m_promotionNumber, member.value()); !removed)
            return removed;
    }
    return Outcome::success();
}
