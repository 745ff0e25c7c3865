#include "PromotionHistory.h"

PromotionHistory PromotionHistory::compute(const PromotionArchive &archive)
{
    PromotionHistory history;
    for (const PromotionArchive::Entry &entry : archive.entries())
        history.m_rows.append(figures(entry));
    return history;
}

PromotionHistory::Row PromotionHistory::figures(const PromotionArchive::Entry &entry)
{
    Row row;
    row.number = entry.promotion.number;
    row.year = entry.promotion.year;
    row.status = entry.promotion.status;
    row.envelope = entry.promotion.envelope;
    row.candidates = int(entry.candidates.size());
    row.granted = Promotion::consumed(entry.candidates);
    for (const Candidate &candidate : entry.candidates) {
        const bool product = candidate.kind == CandidateKind::Product;
        ++(product ? row.productCandidates : row.incubatorCandidates);
        if (candidate.decision != Decision::Laureate)
            continue;
        ++row.laureates;
        ++(product ? row.productLaureates : row.incubatorLaureates);
    }
    return row;
}

Money PromotionHistory::meanGrant(Money total, int count)
{
    if (count <= 0)
        return Money();
    // Half up on non-negative totals; a negative total cannot come from granted amounts.
    const qint64 cents = total.cents();
    return Money::fromCents((2 * cents + count) / (2 * qint64(count)));
}
