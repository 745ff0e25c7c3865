#pragma once

#include "dashboard/DashboardChart.h"

#include "reports/GrantBreakdown.h"

// A granted breakdown (by carrier or by kind) as horizontal bars, largest at the top, "Others" last.
// Long administration names are shortened on the axis and given whole on hover.
class BreakdownChart : public DashboardChart
{
    Q_OBJECT

public:
    static constexpr int maximumLabelLength = 40;

    explicit BreakdownChart(QWidget *parent = nullptr);

    // When set, the chart's height follows the number of bars, so that two carriers are not drawn as
    // two slabs; zero lets the layout decide.
    void setHeightPerBar(int pixels);

    // title: what the breakdown is and covers, e.g. "Granted by carrier, FAST13".
    void setBreakdown(const QString &title, const GrantBreakdown &breakdown);

private:
    int m_heightPerBar = 0;
};
