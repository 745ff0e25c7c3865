#include "reports/RankedLaureateList.h"

#include "storage/ScoringStore.h"

Result<LaureateList> RankedLaureateList::build(const ScoringStore &scoring, const Promotion &promotion,
                                               const QList<Candidate> &candidates)
{
    const Result<QList<RankedCandidate>> ranking = scoring.ranking(promotion.number);
    if (!ranking)
        return Result<LaureateList>::failure(ranking.error());
    QList<qint64> rankedIds;
    for (const RankedCandidate &row : ranking.value()) {
        if (row.isRanked())
            rankedIds.append(row.candidateId);
    }
    return Result<LaureateList>::success(LaureateList::build(promotion, candidates, rankedIds));
}
