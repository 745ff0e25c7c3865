#pragma once

#include "dashboard/DashboardChart.h"

#include "reports/GrantBreakdown.h"

// A granted breakdown with few groups (by kind: products and incubators) as a donut whose slices say
// their amount in French form in the legend; it needs no axis, so it stays legible in a narrow column.
class BreakdownDonutChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit BreakdownDonutChart(QWidget *parent = nullptr);

    void setBreakdown(const QString &title, const GrantBreakdown &breakdown);
};
