#include "CandidateSearch.h"

#include "domain/TextKey.h"

#include <algorithm>

QList<CandidateApplication> CandidateSearch::search(const PromotionArchive &archive, const QString &text)
{
    const QString key = TextKey::fold(text);
    QList<CandidateApplication> hits;
    if (key.isEmpty())
        return hits;
    // Newest first: the archive is chronological.
    const QList<PromotionArchive::Entry> &entries = archive.entries();
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        QList<CandidateApplication> ofPromotion;
        for (const Candidate &candidate : entry->candidates) {
            if (TextKey::fold(candidate.name).contains(key) || TextKey::fold(candidate.carrier).contains(key) ||
                TextKey::fold(candidate.incubator).contains(key))
                ofPromotion.append(application(*entry, candidate));
        }
        std::stable_sort(ofPromotion.begin(), ofPromotion.end(),
                         [](const CandidateApplication &a, const CandidateApplication &b) {
                             return TextKey::fold(a.name) < TextKey::fold(b.name);
                         });
        hits.append(ofPromotion);
    }
    return hits;
}

CandidateApplication CandidateSearch::application(const PromotionArchive::Entry &entry, const Candidate &candidate)
{
    CandidateApplication application;
    application.promotionNumber = entry.promotion.number;
    application.year = entry.promotion.year;
    application.promotionClosed = entry.promotion.isClosed();
    application.candidateId = candidate.id;
    application.name = candidate.name;
    application.carrier = candidate.carrier;
    application.incubator = candidate.incubator;
    application.kind = candidate.kind;
    application.decision = candidate.decision;
    application.granted = candidate.granted;
    if (const auto score = entry.scores.constFind(candidate.id); score != entry.scores.cend())
        application.score = score.value();
    return application;
}
