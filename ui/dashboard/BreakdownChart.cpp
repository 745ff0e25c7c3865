#include "dashboard/BreakdownChart.h"

#include "widgets/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>

BreakdownChart::BreakdownChart(QWidget *parent) : DashboardChart(parent)
{
    // One series, "Granted": the title says what the bars are, a legend entry would only repeat it.
    setLegendShown(false);
}

void BreakdownChart::setHeightPerBar(int pixels)
{
    m_heightPerBar = pixels;
    setSizePolicy(QSizePolicy::Preferred, pixels > 0 ? QSizePolicy::Maximum : QSizePolicy::Preferred);
}

void BreakdownChart::setBreakdown(const QString &title, const GrantBreakdown &breakdown)
{
    clearChart();
    setTitle(title);
    if (m_heightPerBar > 0) {
        // The axis and margins take about 60 pixels whatever the number of bars; a bar is at least
        // m_heightPerBar pixels high, and higher than two lines of its label's text.
        const int bars = int(std::max<qsizetype>(breakdown.groups().size(), 2));
        const int perBar = std::max(m_heightPerBar, QFontMetrics(chartFont()).height() * 2);
        chartView()->setFixedHeight(60 + QFontMetrics(chartFont()).height() + bars * perBar);
    }
    if (breakdown.groups().isEmpty()) {
        setNote(tr("No laureate yet."));
        return;
    }

    // Horizontal bars are drawn bottom-up: the list is reversed so that the largest comes first on top.
    QStringList categories;
    QStringList fullNames;
    QList<Money> amounts;
    auto *set = new QBarSet(tr("Granted"));
    set->setColor(ChartPalette::blue());
    set->setSelectedColor(ChartPalette::skyBlue());
    const QList<GrantBreakdown::Group> &groups = breakdown.groups();
    for (qsizetype i = groups.size() - 1; i >= 0; --i) {
        const GrantBreakdown::Group &group = groups.at(i);
        QString label = group.label;
        if (label.size() > maximumLabelLength)
            label = label.left(maximumLabelLength - 1).trimmed() + QChar(0x2026);
        // The number of laureates keeps two groups with a shortened name apart, and says how many
        // projects an amount stands for.
        categories.append(tr("%1 (%n)", nullptr, group.laureates).arg(label));
        fullNames.append(tr("%1 (%n laureate(s))", nullptr, group.laureates).arg(group.label));
        amounts.append(group.granted);
        set->append(euros(group.granted));
        if (group.isOthers)
            set->selectBar(int(categories.size()) - 1);
    }
    showAmountsOnHover(set, fullNames, amounts);

    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->append(set);
    chart()->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(chartFont());
    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    Money largest;
    for (const Money &amount : amounts)
        largest = std::max(largest, amount);
    QCategoryAxis *moneyAxis = createMoneyAxis(largest, 4);
    chart()->addAxis(moneyAxis, Qt::AlignBottom);
    series->attachAxis(moneyAxis);

    setNote(tr("Total granted: %1").arg(breakdown.total().toString()));
}
