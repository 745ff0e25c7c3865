#include "FundSummary.h"

#include <QMap>

#include <algorithm>

FundSummary FundSummary::compute(const QList<Promotion> &promotions,
                                 const QHash<int, QList<Candidate>> &candidatesByPromotion,
                                 const QList<FundYear> &years)
{
    FundSummary summary;
    QMap<int, YearFigures> byYear;
    for (const Promotion &promotion : promotions) {
        PromotionFigures figures;
        figures.number = promotion.number;
        figures.year = promotion.year;
        figures.status = promotion.status;
        figures.envelope = promotion.envelope;
        const QList<Candidate> candidates = candidatesByPromotion.value(promotion.number);
        figures.candidates = int(candidates.size());
        for (const Candidate &candidate : candidates) {
            if (candidate.decision != Decision::Laureate)
                continue;
            ++figures.laureates;
            // A withdrawal after the decision gives back what it released (Candidate::consumed).
            figures.granted += candidate.consumed();
            if (candidate.kind == CandidateKind::Product)
                ++figures.productLaureates;
        }
        summary.m_promotions.append(figures);

        YearFigures &year = byYear[promotion.year];
        year.year = promotion.year;
        year.envelopes += figures.envelope;
        year.granted += figures.granted;
        year.productLaureates += figures.productLaureates;
    }
    for (const FundYear &fundYear : years) {
        const auto found = byYear.find(fundYear.year);
        if (found == byYear.end())
            continue;
        found->target = fundYear.productTarget;
        found->annualBudget = fundYear.annualBudget;
    }
    std::sort(summary.m_promotions.begin(), summary.m_promotions.end(),
              [](const PromotionFigures &a, const PromotionFigures &b) {
                  return a.year != b.year ? a.year < b.year : a.number < b.number;
              });
    summary.m_years = byYear.values();
    return summary;
}
