#include "dashboard/BreakdownDonutChart.h"

#include "widgets/ChartPalette.h"

#include <QChart>
#include <QCursor>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

// The legend, not the slices, carries the group and its amount: slice labels are cut short in a narrow
// column, the card's legend entries wrap.
BreakdownDonutChart::BreakdownDonutChart(QWidget *parent) : DashboardChart(parent)
{}

void BreakdownDonutChart::setBreakdown(const QString &title, const GrantBreakdown &breakdown)
{
    clearChart();
    setTitle(title);
    if (breakdown.groups().isEmpty()) {
        setNote(tr("No laureate yet."));
        return;
    }

    const QList<QColor> colours{ChartPalette::blue(),       ChartPalette::orange(),        ChartPalette::green(),
                                ChartPalette::skyBlue(),    ChartPalette::reddishPurple(), ChartPalette::yellow(),
                                ChartPalette::vermillion(), ChartPalette::black()};
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.75);
    const QList<GrantBreakdown::Group> &groups = breakdown.groups();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const GrantBreakdown::Group &group = groups.at(i);
        const QString text =
            tr("%1: %2").arg(tr("%1 (%n)", nullptr, group.laureates).arg(group.label), group.granted.toString());
        auto *slice = new QPieSlice(text, euros(group.granted));
        slice->setColor(group.isOthers ? ChartPalette::black() : colours.at(i % colours.size()));
        slice->setBorderColor(Qt::white);
        connect(slice, &QPieSlice::hovered, this, [text](bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), text);
            else
                QToolTip::hideText();
        });
        series->append(slice);
    }
    chart()->addSeries(series);
    setNote(tr("Total granted: %1").arg(breakdown.total().toString()));
}
