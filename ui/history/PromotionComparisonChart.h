#pragma once

#include "dashboard/DashboardChart.h"

#include "reports/PromotionComparison.h"

// Every promotion's envelope against its granted total, side by side in chronological order; closed
// promotions say so in their label, and a granted bar above its envelope is drawn in vermillion.
class PromotionComparisonChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit PromotionComparisonChart(QWidget *parent = nullptr);

    void setComparison(const PromotionComparison &comparison);
};
