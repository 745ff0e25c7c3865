#include "PromotionComparison.h"

#include <algorithm>

PromotionComparison PromotionComparison::compute(const FundSummary &summary)
{
    PromotionComparison comparison;
    // FundSummary already orders its promotions by year, then number.
    for (const FundSummary::PromotionFigures &figures : summary.promotions()) {
        Row row;
        row.number = figures.number;
        row.year = figures.year;
        row.closed = figures.status == PromotionStatus::Closed;
        row.envelope = figures.envelope;
        row.granted = figures.granted;
        const QString name = QStringLiteral("FAST%1").arg(figures.number);
        row.label = row.closed ? tr("%1 (closed)").arg(name) : name;
        comparison.m_rows.append(row);
    }
    return comparison;
}

Money PromotionComparison::largestAmount() const
{
    Money largest;
    for (const Row &row : m_rows)
        largest = std::max({largest, row.envelope, row.granted});
    return largest;
}
