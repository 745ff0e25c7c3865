#include "dashboard/IndicatorChart.h"

#include "widgets/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

IndicatorChart::IndicatorChart(QWidget *parent) : DashboardChart(parent)
{
    setObjectName(QStringLiteral("indicatorChart"));
    setSeries(IndicatorSeries());
}

void IndicatorChart::setSeries(const IndicatorSeries &series)
{
    clearChart();
    setTitle(tr("Indicator 1.2: %1").arg(IndicatorSeries::title()));
    if (series.points().isEmpty()) {
        setNote(tr("No year with promotions or a target yet."));
        return;
    }

    QStringList categories;
    auto *realisedSet = new QBarSet(tr("Realised"));
    realisedSet->setColor(ChartPalette::blue());
    realisedSet->setLabelColor(Qt::white);
    realisedSet->setLabelFont(chartFont());
    auto *targetLine = new QLineSeries;
    targetLine->setName(tr("Target"));
    targetLine->setPen(QPen(ChartPalette::orange(), 3));
    targetLine->setPointsVisible(true);
    targetLine->setMarkerSize(11);
    QStringList details;
    for (const IndicatorSeries::Point &point : series.points()) {
        const qreal x = qreal(categories.size());
        categories.append(QString::number(point.year));
        // No data is drawn as no bar; QBarSet has no gaps, and a zero-height bar is invisible.
        realisedSet->append(qreal(point.realised.value_or(0)));
        if (point.target)
            targetLine->append(x, qreal(*point.target));
        QString detail = point.realised ? tr("%1: %n realised", nullptr, *point.realised).arg(point.year)
                                        : tr("%1: no data").arg(point.year);
        if (point.target)
            detail += QLatin1Char(' ') + tr("/ target %1").arg(*point.target);
        if (const std::optional<int> percent = point.percentOfTarget())
            detail += QLatin1Char(' ') + tr("(%1 %)").arg(*percent);
        details.append(detail);
    }
    connect(realisedSet, &QBarSet::hovered, this, [details](bool status, int index) {
        if (status && index >= 0 && index < details.size())
            QToolTip::showText(QCursor::pos(), details.at(index));
        else
            QToolTip::hideText();
    });
    connect(targetLine, &QLineSeries::hovered, this, [details](const QPointF &point, bool state) {
        const int index = int(std::lround(point.x()));
        if (state && index >= 0 && index < details.size())
            QToolTip::showText(QCursor::pos(), details.at(index));
        else
            QToolTip::hideText();
    });

    auto *bars = new QBarSeries;
    bars->append(realisedSet);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    chart()->addSeries(bars);
    chart()->addSeries(targetLine);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(chartFont());
    chart()->addAxis(categoryAxis, Qt::AlignBottom);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setLabelsFont(chartFont());
    // Steps of 5 products, with room above the highest bar or target.
    const int top = (series.largestValue() / 5 + 1) * 5;
    countAxis->setRange(0, top);
    countAxis->setTickCount(top / 5 + 1);
    chart()->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(countAxis);
    targetLine->attachAxis(categoryAxis);
    targetLine->attachAxis(countAxis);

    // The figures year by year are in the grid under the chart (IndicatorTargetEditor), not in a sentence.
    setNote(QString());
}
