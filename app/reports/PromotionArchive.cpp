#include "PromotionArchive.h"

#include "storage/CommitteeReads.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <algorithm>

Result<PromotionArchive> PromotionArchive::load(const CommitteeStore &store, const ScoringStore &scoring)
{
    // Read so that a read that fails is said, not shown as a history without that promotion's candidates.
    const CommitteeReads reads(store.database());
    const Result<QList<Promotion>> promotions = reads.promotions();
    if (!promotions)
        return Result<PromotionArchive>::failure(promotions.error());
    QList<Entry> entries;
    for (const Promotion &promotion : promotions.value()) {
        Entry entry;
        entry.promotion = promotion;
        const Result<QList<Candidate>> candidates = reads.candidates(promotion);
        if (!candidates)
            return Result<PromotionArchive>::failure(candidates.error());
        entry.candidates = candidates.value();
        const Result<QList<RankedCandidate>> ranking = scoring.ranking(promotion.number);
        if (!ranking)
            return Result<PromotionArchive>::failure(ranking.error());
        for (const RankedCandidate &row : ranking.value()) {
            if (row.isRanked() && row.score)
                entry.scores.insert(row.candidateId, *row.score);
        }
        // A withdrawn candidate is not ranked, but the committee may have scored it before it withdrew:
        // the searches show that score (marked withdrawn), not "not scored". Read only when one exists.
        const bool anyWithdrawn = std::any_of(entry.candidates.cbegin(), entry.candidates.cend(),
                                              [](const Candidate &c) { return c.decision == Decision::Withdrawn; });
        if (anyWithdrawn) {
            const Result<ScoreSheet> sheet = scoring.scoreSheet(promotion, entry.candidates);
            if (!sheet)
                return Result<PromotionArchive>::failure(sheet.error());
            for (const Candidate &candidate : std::as_const(entry.candidates)) {
                if (candidate.decision != Decision::Withdrawn)
                    continue;
                if (const std::optional<Score> score = sheet.value().score(candidate.id))
                    entry.scores.insert(candidate.id, *score);
            }
        }
        entries.append(entry);
    }
    return Result<PromotionArchive>::success(fromEntries(entries));
}

PromotionArchive PromotionArchive::fromEntries(QList<Entry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.promotion.year != b.promotion.year ? a.promotion.year < b.promotion.year
                                                    : a.promotion.number < b.promotion.number;
    });
    PromotionArchive archive;
    archive.m_entries = std::move(entries);
    return archive;
}

const PromotionArchive::Entry *PromotionArchive::entry(int number) const
{
    for (const Entry &candidate : m_entries) {
        if (candidate.promotion.number == number)
            return &candidate;
    }
    return nullptr;
}
