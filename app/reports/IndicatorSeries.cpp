#include "IndicatorSeries.h"

#include "PaymentSchedule.h"

#include <QMap>

#include <algorithm>

std::optional<int> IndicatorSeries::Point::percentOfTarget() const
{
    if (!realised || !target || *target <= 0)
        return std::nullopt;
    return *realised * 100 / *target;
}

IndicatorSeries IndicatorSeries::compute(const FundSummary &summary, const QList<FundYear> &years)
{
    return compute(summary, years, Basis::DecisionYear, {});
}

IndicatorSeries IndicatorSeries::compute(const FundSummary &summary, const QList<FundYear> &years, Basis basis,
                                         const QList<LaureateFollowUp> &laureates)
{
    QMap<int, Point> byYear;
    for (const FundSummary::YearFigures &figures : summary.years()) {
        Point &point = byYear[figures.year];
        point.year = figures.year;
        point.realised = basis == Basis::DecisionYear ? figures.productLaureates : 0;
    }
    if (basis == Basis::AgreementYear) {
        for (const LaureateFollowUp &laureate : laureates) {
            if (!laureate.agreement.isSigned())
                continue;
            const int year = laureate.agreement.signedOn.year();
            Point &point = byYear[year];
            point.year = year;
            point.realised =
                point.realised.value_or(0) + (PaymentSchedule::countsAsProductSigned(laureate, year) ? 1 : 0);
        }
    }
    for (const FundYear &year : years) {
        if (!year.productTarget)
            continue;
        Point &point = byYear[year.year];
        point.year = year.year;
        point.target = year.productTarget;
    }
    IndicatorSeries series;
    series.m_points = byYear.values();
    series.m_basis = basis;
    return series;
}

QString IndicatorSeries::basisText(Basis basis)
{
    return basis == Basis::DecisionYear ? tr("by decision year") : tr("by agreement year");
}

QString IndicatorSeries::title()
{
    return tr("Number of products supported by FAST");
}

std::optional<IndicatorSeries::Point> IndicatorSeries::point(int year) const
{
    for (const Point &candidate : m_points) {
        if (candidate.year == year)
            return candidate;
    }
    return std::nullopt;
}

int IndicatorSeries::largestValue() const
{
    int largest = 0;
    for (const Point &point : m_points)
        largest = std::max({largest, point.realised.value_or(0), point.target.value_or(0)});
    return largest;
}
