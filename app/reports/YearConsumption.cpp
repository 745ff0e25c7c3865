#include "YearConsumption.h"

#include <algorithm>

YearConsumption YearConsumption::compute(const FundSummary &summary, int year)
{
    YearConsumption consumption;
    consumption.m_year = year;
    // FundSummary orders promotions by year, then number: the year's promotions come in order.
    for (const FundSummary::PromotionFigures &figures : summary.promotions()) {
        if (figures.year != year)
            continue;
        consumption.m_envelopes += figures.envelope;
        consumption.m_granted += figures.granted;
        Step step;
        step.number = figures.number;
        step.envelope = figures.envelope;
        step.granted = figures.granted;
        step.cumulativeGranted = consumption.m_granted;
        step.cumulativeEnvelopes = consumption.m_envelopes;
        consumption.m_steps.append(step);
    }
    for (const FundSummary::YearFigures &figures : summary.years()) {
        if (figures.year == year)
            consumption.m_annualBudget = figures.annualBudget;
    }
    return consumption;
}

std::optional<Money> YearConsumption::budgetNotAllocated() const
{
    if (!m_annualBudget)
        return std::nullopt;
    return *m_annualBudget - m_envelopes;
}

std::optional<Money> YearConsumption::budgetNotGranted() const
{
    if (!m_annualBudget)
        return std::nullopt;
    return *m_annualBudget - m_granted;
}

Money YearConsumption::largestAmount() const
{
    Money largest = m_annualBudget.value_or(Money());
    for (const Step &step : m_steps)
        largest = std::max({largest, step.envelope, step.granted, step.cumulativeGranted});
    return largest;
}
