#include "IndicatorSeries.h"

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
    QMap<int, Point> byYear;
    for (const FundSummary::YearFigures &figures : summary.years()) {
        Point &point = byYear[figures.year];
        point.year = figures.year;
        point.realised = figures.productLaureates;
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
    return series;
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
