#pragma once

#include "domain/Candidate.h"
#include "domain/FundYear.h"
#include "domain/Promotion.h"

#include <QHash>
#include <QList>

#include <optional>

// The fund's figures per promotion and per year, computed once from the committee's data so that the
// command line's summary, the dashboard and the reports show the same numbers. Per year it gives
// indicator 1.2 of rules.md: laureates of kind product in the promotions of the year (incubators are
// not counted), against the year's target when one is set.
class FundSummary
{
public:
    struct PromotionFigures
    {
        int number = 0;
        int year = 0;
        PromotionStatus status = PromotionStatus::Open;
        Money envelope;
        int candidates = 0;
        int laureates = 0;
        int productLaureates = 0;
        Money granted;
        Money remaining() const { return envelope - granted; }
    };

    struct YearFigures
    {
        int year = 0;
        Money envelopes; // Σ envelopes of the year's promotions
        Money granted;
        int productLaureates = 0;
        std::optional<int> target;
        std::optional<Money> annualBudget;
    };

    // candidatesByPromotion: the candidates of each promotion, keyed by promotion number.
    static FundSummary compute(const QList<Promotion> &promotions,
                               const QHash<int, QList<Candidate>> &candidatesByPromotion, const QList<FundYear> &years);

    // Chronological: by year, then number.
    const QList<PromotionFigures> &promotions() const { return m_promotions; }
    // Years that have at least one promotion, ascending.
    const QList<YearFigures> &years() const { return m_years; }

private:
    QList<PromotionFigures> m_promotions;
    QList<YearFigures> m_years;
};
