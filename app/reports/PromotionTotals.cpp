#include "reports/PromotionTotals.h"

PromotionTotals PromotionTotals::compute(const std::optional<Promotion> &promotion, const QList<Candidate> &candidates,
                                         int shownCount)
{
    PromotionTotals totals;
    totals.candidateCount = int(candidates.size());
    totals.shownCount = shownCount;
    const CofinancingRule rule = promotion ? promotion->rule : CofinancingRule();
    for (const Candidate &candidate : candidates) {
        totals.requested += candidate.requested;
        totals.eligible += candidate.eligibility(rule).eligible;
    }
    totals.envelope = promotion ? promotion->envelope : Money();
    totals.consumed = Promotion::consumed(candidates);
    return totals;
}
