#pragma once

#include "dashboard/DashboardChart.h"

#include "reports/IndicatorSeries.h"

class QComboBox;

// Indicator 1.2 year by year: realised product laureates as bars, the targets as a line with markers.
// A year without data has no bar at all, rather than a zero that would read as a result. Above the chart,
// the counting basis (the committee's decision year or the agreement's, IndicatorSeries::Basis) is chosen
// and remembered in the settings like the window's other view choices; the title says the basis of the
// figures drawn, so that an image saved from the card says it too.
class IndicatorChart : public DashboardChart
{
    Q_OBJECT

public:
    static constexpr const char *basisSettingsKey = "view/indicatorBasis";

    explicit IndicatorChart(QWidget *parent = nullptr);

    void setSeries(const IndicatorSeries &series);
    // The basis chosen: the remembered one until the user picks another.
    IndicatorSeries::Basis basis() const;
    QComboBox *basisCombo() const { return m_basisCombo; }

signals:
    // The user picked another basis (already remembered): the series is to be computed again.
    void basisChosen(IndicatorSeries::Basis basis);

private:
    static IndicatorSeries::Basis storedBasis();

    QComboBox *m_basisCombo;
};
