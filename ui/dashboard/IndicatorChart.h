#pragma once

#include "dashboard/DashboardChart.h"

#include "reports/IndicatorSeries.h"

// Indicator 1.2 year by year: realised product laureates as bars, the targets as a line with markers.
// A year without data has no bar at all, rather than a zero that would read as a result.
class IndicatorChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit IndicatorChart(QWidget *parent = nullptr);

    void setSeries(const IndicatorSeries &series);
};
