#pragma once

#include "reports/IndicatorSeries.h"

#include <QList>
#include <QWidget>

class CommitteeStore;
class QGridLayout;
class QLabel;
class QSpinBox;

// Indicator 1.2 year by year under its chart, as a grid with a column per year the database knows: the products
// realised, the target in a spin box, and the share of the target reached. A target is saved at once through
// CommitteeStore::setYearProductTarget, so it is audited like every other change; zero means "no target". A refusal
// of the store is shown under the grid and the box goes back to the stored value. A grid, not a sentence: the
// figures of a year stay in its column, under one another, however narrow the window.
class IndicatorTargetEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maximumTarget = 999;
    // Years per block of the grid: six keep it narrower than the indicator chart above it; more years
    // make a second block under the first.
    static constexpr int yearsPerRow = 6;
    // Rows of a block: the year, realised, target, share of the target.
    static constexpr int rowsPerBlock = 4;

    explicit IndicatorTargetEditor(CommitteeStore &store, QWidget *parent = nullptr);

    // Re-reads the years; called by the dashboard when the store says they changed.
    void reload();
    // The realised values and shares of the target to show under each year.
    void setSeries(const IndicatorSeries &series);
    // The text of a figure: row 1 realised, 3 share of the target, for a year; empty for an unknown year.
    QString figureText(int year, int row) const;
    QSpinBox *spinBoxForYear(int year) const;
    QString lastRefusal() const;

private:
    void targetEdited(int year, int value);
    void showFigures();

    CommitteeStore &m_store;
    QGridLayout *m_grid;
    QLabel *m_refusalLabel;
    QList<int> m_years;
    QList<QSpinBox *> m_spinBoxes;
    // Per year, in m_years' order: the realised and share labels.
    QList<QLabel *> m_realisedLabels;
    QList<QLabel *> m_shareLabels;
    IndicatorSeries m_series;
};
