#pragma once

#include "FundSummary.h"

#include <QList>
#include <QString>

#include <optional>

// How one year's promotions consume the fund: each promotion's envelope and granted total in order,
// the cumulative granted amount through the year (the line of the dashboard), and the year's totals
// against the fund's annual budget when one is set.
class YearConsumption
{
public:
    struct Step
    {
        int number = 0;
        Money envelope;
        Money granted;
        Money cumulativeGranted;   // Σ granted of this promotion and the year's earlier ones
        Money cumulativeEnvelopes; // Σ envelopes likewise
        QString label() const { return QStringLiteral("FAST%1").arg(number); }
    };

    // An empty consumption (no steps, zero totals) for a year without promotions.
    static YearConsumption compute(const FundSummary &summary, int year);

    int year() const { return m_year; }
    // The year's promotions by number.
    const QList<Step> &steps() const { return m_steps; }
    Money envelopes() const { return m_envelopes; }
    Money granted() const { return m_granted; }
    std::optional<Money> annualBudget() const { return m_annualBudget; }
    // annual budget − Σ envelopes (negative when the envelopes exceed it); empty without a budget.
    std::optional<Money> budgetNotAllocated() const;
    // annual budget − Σ granted; empty without a budget.
    std::optional<Money> budgetNotGranted() const;
    // The largest amount the chart must show: an envelope, the cumulative granted or the budget.
    Money largestAmount() const;

private:
    int m_year = 0;
    QList<Step> m_steps;
    Money m_envelopes;
    Money m_granted;
    std::optional<Money> m_annualBudget;
};
