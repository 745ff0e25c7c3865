#pragma once

#include "dashboard/DashboardChart.h"

#include "reports/YearConsumption.h"

class FigureGrid;

// One year's promotions: each one's envelope and granted total as bars, the cumulative granted amount
// through the year as a line, and the fund's annual budget as a dashed line when one is set; under them,
// the year's figures as a grid (envelopes, granted, the budget and what it leaves or lacks).
class YearConsumptionChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit YearConsumptionChart(QWidget *parent = nullptr);

    void setConsumption(const YearConsumption &consumption);
    FigureGrid *figures() const { return m_figures; }

private:
    FigureGrid *m_figures;
};
