#include "reports/RankedLaureateList.h"

#include "domain/TextKey.h"
#include "storage/ScoringStore.h"

#include <QHash>

#include <algorithm>

namespace {

// Candidate → the members recused on it, for every candidate that has any, by name as the annex lists them.
QList<LaureateList::Recusal> recusalsOf(const ScoreSheet &sheet, const QList<Candidate> &candidates)
{
    QHash<qint64, QString> memberName;
    for (const CommitteeMember &member : sheet.members())
        memberName.insert(member.id, member.name);
    QList<LaureateList::Recusal> recusals;
    for (const Candidate &candidate : candidates) {
        if (!sheet.hasCandidate(candidate.id))
            continue;
        QStringList names;
        // In committee order, whatever order the recusals were recorded in.
        for (const CommitteeMember &member : sheet.members()) {
            if (sheet.isRecused(candidate.id, member.id))
                names.append(memberName.value(member.id));
        }
        if (!names.isEmpty())
            recusals.append({candidate.name, names});
    }
    std::stable_sort(recusals.begin(), recusals.end(), [](const auto &a, const auto &b) {
        const QString keyA = TextKey::fold(a.candidate);
        const QString keyB = TextKey::fold(b.candidate);
        return keyA != keyB ? keyA < keyB : a.candidate < b.candidate;
    });
    return recusals;
}

} // namespace

Result<LaureateList> RankedLaureateList::build(const ScoringStore &scoring, const Promotion &promotion,
                                               const QList<Candidate> &candidates)
{
    const Result<QList<RankedCandidate>> ranking = scoring.ranking(promotion.number);
    if (!ranking)
        return Result<LaureateList>::failure(ranking.error());
    const Result<ScoreSheet> sheet = scoring.scoreSheet(promotion, candidates);
    if (!sheet)
        return Result<LaureateList>::failure(sheet.error());
    QList<qint64> rankedIds;
    for (const RankedCandidate &row : ranking.value()) {
        if (row.isRanked())
            rankedIds.append(row.candidateId);
    }
    LaureateList list = LaureateList::build(promotion, candidates, rankedIds);
    for (const CommitteeMember &member : sheet.value().members())
        list.members.append(member.name);
    list.recusals = recusalsOf(sheet.value(), candidates);
    return Result<LaureateList>::success(list);
}
