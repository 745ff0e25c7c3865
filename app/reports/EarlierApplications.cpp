#include "EarlierApplications.h"

#include "CandidateSearch.h"
#include "domain/TextKey.h"

QList<CandidateApplication> EarlierApplications::find(const PromotionArchive &archive, int promotionNumber,
                                                      const QString &candidateName)
{
    const QString key = TextKey::fold(candidateName);
    QList<CandidateApplication> found;
    if (key.isEmpty())
        return found;
    // The archive is chronological, so the earliest application comes first.
    for (const PromotionArchive::Entry &entry : archive.entries()) {
        if (entry.promotion.number == promotionNumber)
            continue;
        for (const Candidate &candidate : entry.candidates) {
            if (TextKey::fold(candidate.name) == key)
                found.append(CandidateSearch::application(entry, candidate));
        }
    }
    return found;
}
