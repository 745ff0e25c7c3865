#include "dashboard/EnvelopeChart.h"

#include "widgets/ChartPalette.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalStackedBarSeries>

EnvelopeChart::EnvelopeChart(QWidget *parent) : DashboardChart(parent)
{
    setObjectName(QStringLiteral("envelopeChart"));
    // One bar: a band across the page rather than a square.
    fitHeight();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setGauge(QString(), EnvelopeGauge());
}

void EnvelopeChart::changeEvent(QEvent *event)
{
    DashboardChart::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeight();
}

void EnvelopeChart::fitHeight()
{
    // The band and its axis, 120 to 150 pixels at the desktop's text, more as the text grows; the title
    // and the legend are the card's, outside the view.
    const qreal scale = chartFont().pointSizeF() / std::max(QApplication::font().pointSizeF(), 10.0);
    chartView()->setMinimumHeight(int(120 * scale));
    chartView()->setMaximumHeight(int(150 * scale));
}

void EnvelopeChart::setGauge(const QString &label, const EnvelopeGauge &gauge)
{
    clearChart();
    if (label.isEmpty()) {
        setTitle(tr("Envelope"));
        setNote(tr("No promotion selected."));
        return;
    }
    setTitle(tr("%1 envelope: %2").arg(label, gauge.envelope().toString()));

    struct Segment
    {
        QString name;
        Money drawn; // the part inside (or, for the overspend, beyond) the envelope
        Money shown; // the amount the legend and the tooltip give
        QColor colour;
    };
    const QList<Segment> segments{
        {tr("Consumed: %1").arg(gauge.consumed().toString()), gauge.consumedWithinEnvelope(), gauge.consumed(),
         ChartPalette::blue()},
        {tr("Proposed: %1").arg(gauge.proposed().toString()), gauge.proposedWithinEnvelope(), gauge.proposed(),
         ChartPalette::orange()},
        {tr("Remaining: %1").arg(gauge.remaining().toString()), gauge.remaining(), gauge.remaining(),
         ChartPalette::skyBlue()},
        {gauge.overspendText(), gauge.overspend(), gauge.overspend(), ChartPalette::vermillion()},
    };

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    const QStringList categories{label};
    for (const Segment &segment : segments) {
        // A zero amount would only add a legend entry saying "0 €"; consumed always stays, as the
        // reference point of the bar. A proposal with no room left in the envelope keeps its legend entry
        // (drawn length zero): its amount is part of the overspend.
        if (segment.shown.isZero() && &segment != &segments.first())
            continue;
        auto *set = new QBarSet(segment.name);
        set->setColor(segment.colour);
        set->setBorderColor(Qt::white);
        set->append(euros(segment.drawn));
        showAmountsOnHover(set, categories, {segment.shown});
        series->append(set);
    }
    chart()->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(chartFont(1));
    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    // Four ticks at most: five "2 500 000 €" labels were cut to "..." in session mode on 1 280 pixels.
    QCategoryAxis *moneyAxis = createMoneyAxis(std::max(gauge.envelope(), gauge.consumed() + gauge.proposed()), 4);
    chart()->addAxis(moneyAxis, Qt::AlignBottom);
    series->attachAxis(moneyAxis);
    fitHeight();

    setNote(gauge.overspendText(), gauge.isOverspent());
}
