#include "commands/AddMembersCommand.h"

#include "storage/ScoringStore.h"

#include <QCoreApplication>

AddMembersCommand::AddMembersCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber,
                                     const QStringList &names)
    : ScoringCommand(
          store, scoring, promotionNumber,
          QCoreApplication::translate("AddMembersCommand", "Add %n committee member(s)", nullptr, int(names.size()))),
      m_names(names)
{}

Outcome AddMembersCommand::apply()
{
    const Result<QList<CommitteeMember>> added = m_scoring.addMembers(m_promotionNumber, m_names);
    if (!added)
        return Outcome::failure(added.error());
    // The names as stored (trimmed), to find the members again on undo.
    m_names.clear();
    for (const CommitteeMember &member : added.value())
        m_names.append(member.name);
    return Outcome::success();
}

Outcome AddMembersCommand::revert()
{
    // Last added first, so that a refusal midway leaves the committee as it was after the earlier ones.
    for (auto name = m_names.crbegin(); name != m_names.crend(); ++name) {
        const Result<qint64> member = findMember(*name);
        if (!member)
            return Outcome::failure(member.error());
        if (const Outcome removed = m_scoring.removeMember(m_promotionNumber, member.value()); !removed)
            return removed;
    }
    return Outcome::success();
}
