#include "commands/ScoringCommand.h"

#include "domain/TextKey.h"
#include "storage/PromotionSnapshot.h"
#include "storage/ScoringStore.h"

#include <QCoreApplication>

ScoringCommand::ScoringCommand(CommitteeStore &store, ScoringStore &scoring, int promotionNumber, const QString &text)
    : StoreCommand(store, text), m_scoring(scoring), m_promotionNumber(promotionNumber)
{}

Result<qint64> ScoringCommand::findMember(const QString &memberName) const
{
    const QString key = TextKey::fold(memberName);
    const Result<QList<CommitteeMember>> members = m_scoring.members(m_promotionNumber);
    if (!members)
        return Result<qint64>::failure(members.error());
    for (const CommitteeMember &member : members.value()) {
        if (TextKey::fold(member.name) == key)
            return Result<qint64>::success(member.id);
    }
    return Result<qint64>::failure(memberGone(memberName));
}

QString ScoringCommand::memberGone(const QString &memberName) const
{
    return QCoreApplication::translate("ScoringCommand", "%1 is no longer on the committee of FAST%2.")
        .arg(memberName)
        .arg(m_promotionNumber);
}

QString ScoringCommand::candidateGone(const QString &candidateName) const
{
    return QCoreApplication::translate("ScoringCommand", "The candidate \"%1\" is no longer in FAST%2.")
        .arg(candidateName)
        .arg(m_promotionNumber);
}

Result<ScoringCommand::Cell> ScoringCommand::findCell(const QString &candidateName, const QString &memberName) const
{
    const Result<std::optional<Candidate>> read = findCandidate(m_promotionNumber, candidateName);
    if (!read)
        return Result<Cell>::failure(read.error());
    const std::optional<Candidate> candidate = read.value();
    if (!candidate)
        return Result<Cell>::failure(candidateGone(candidateName));
    const Result<qint64> member = findMember(memberName);
    if (!member)
        return Result<Cell>::failure(member.error());
    return Result<Cell>::success(Cell{candidate->id, member.value()});
}

Result<ScoringCommand::Cell> ScoringCommand::findCell(const PromotionSnapshot &snapshot, const QString &candidateName,
                                                      const QString &memberName) const
{
    const std::optional<Candidate> candidate = snapshot.candidateNamed(candidateName);
    if (!candidate)
        return Result<Cell>::failure(candidateGone(candidateName));
    // An unreadable sheet has no members: say why rather than that the member left.
    if (!snapshot.error.isEmpty())
        return Result<Cell>::failure(snapshot.error);
    const std::optional<CommitteeMember> member = snapshot.memberNamed(memberName);
    if (!member)
        return Result<Cell>::failure(memberGone(memberName));
    return Result<Cell>::success(Cell{candidate->id, member->id});
}
