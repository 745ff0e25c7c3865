#include "dashboard/YearConsumptionChart.h"

#include "dashboard/FigureGrid.h"
#include "widgets/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>

YearConsumptionChart::YearConsumptionChart(QWidget *parent) : DashboardChart(parent), m_figures(new FigureGrid(this))
{
    setObjectName(QStringLiteral("yearConsumptionChart"));
    m_figures->setObjectName(QStringLiteral("yearFiguresGrid"));
    addUnderChart(m_figures, Qt::AlignHCenter);
    setConsumption(YearConsumption());
}

void YearConsumptionChart::setConsumption(const YearConsumption &consumption)
{
    clearChart();
    m_figures->setRows({});
    if (consumption.year() == 0 || consumption.steps().isEmpty()) {
        setTitle(tr("Consumption over the year"));
        setNote(tr("No promotion in this year."));
        return;
    }
    setTitle(tr("Consumption over %1").arg(consumption.year()));

    QStringList categories;
    QList<Money> envelopes;
    QList<Money> granted;
    QList<Money> cumulative;
    auto *envelopeSet = new QBarSet(tr("Envelope"));
    auto *grantedSet = new QBarSet(tr("Granted"));
    envelopeSet->setColor(ChartPalette::skyBlue());
    grantedSet->setColor(ChartPalette::blue());
    auto *cumulativeLine = new QLineSeries;
    // Short legend names: four entries share the width of half a window.
    cumulativeLine->setName(tr("Cumulative"));
    cumulativeLine->setPen(QPen(ChartPalette::black(), 2.5));
    cumulativeLine->setPointsVisible(true);
    cumulativeLine->setMarkerSize(9);
    for (const YearConsumption::Step &step : consumption.steps()) {
        const qreal x = qreal(categories.size());
        categories.append(step.label());
        envelopes.append(step.envelope);
        granted.append(step.granted);
        cumulative.append(step.cumulativeGranted);
        envelopeSet->append(euros(step.envelope));
        grantedSet->append(euros(step.granted));
        cumulativeLine->append(x, euros(step.cumulativeGranted));
    }
    showAmountsOnHover(envelopeSet, categories, envelopes);
    showAmountsOnHover(grantedSet, categories, granted);
    showAmountsOnHover(cumulativeLine, categories, cumulative);

    auto *bars = new QBarSeries;
    bars->append(envelopeSet);
    bars->append(grantedSet);
    chart()->addSeries(bars);
    chart()->addSeries(cumulativeLine);
    QLineSeries *budgetLine = nullptr;
    if (const std::optional<Money> budget = consumption.annualBudget()) {
        budgetLine = new QLineSeries;
        budgetLine->setName(tr("Annual budget"));
        QPen pen(ChartPalette::vermillion(), 2.5, Qt::DashLine);
        budgetLine->setPen(pen);
        // Across the whole width: bar categories sit at 0 … n−1.
        budgetLine->append(-0.5, euros(*budget));
        budgetLine->append(qreal(categories.size()) - 0.5, euros(*budget));
        chart()->addSeries(budgetLine);
    }

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(chartFont());
    chart()->addAxis(categoryAxis, Qt::AlignBottom);
    QCategoryAxis *moneyAxis = createMoneyAxis(consumption.largestAmount());
    chart()->addAxis(moneyAxis, Qt::AlignLeft);
    const QList<QAbstractSeries *> allSeries = chart()->series();
    for (QAbstractSeries *series : allSeries) {
        series->attachAxis(categoryAxis);
        series->attachAxis(moneyAxis);
    }

    QList<FigureGrid::Row> figures{{tr("Envelopes"), consumption.envelopes().toString()},
                                   {tr("Granted"), consumption.granted().toString()}};
    const std::optional<Money> budget = consumption.annualBudget();
    const std::optional<Money> notAllocated = consumption.budgetNotAllocated();
    if (budget && notAllocated) {
        figures.append({tr("Annual budget"), budget->toString()});
        if (notAllocated->isNegative())
            figures.append({tr("Envelopes over the budget"), (Money() - *notAllocated).toString(), true});
        else
            figures.append({tr("Not allocated"), notAllocated->toString()});
    } else {
        figures.append({tr("Annual budget"), tr("not set")});
    }
    m_figures->setRows(figures);
    setNote(QString());
}
