#pragma once

#include "dashboard/DashboardChart.h"

#include "reports/EnvelopeGauge.h"

// The selected promotion's envelope as one stacked bar: consumed, proposed, remaining and, past the
// envelope, the overspend in vermillion with its amount written under the chart.
class EnvelopeChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit EnvelopeChart(QWidget *parent = nullptr);

    // label: "FAST13"; an empty label shows that no promotion is selected.
    void setGauge(const QString &label, const EnvelopeGauge &gauge);

protected:
    // The band's height follows the text: with session mode's larger text the axis labels were cut to "...".
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
};
