#include "dashboard/PaymentScheduleChart.h"

#include "widgets/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalStackedBarSeries>

#include <algorithm>

namespace {

// The annex's rows: the five figures of the year, then the CP to open in Y, Y+1, Y+2, beyond and not yet
// in any tranche.
constexpr int figureRows = 5;
constexpr int rows = 10;

} // namespace

PaymentScheduleChart::PaymentScheduleChart(QWidget *parent) : DashboardChart(parent)
{
    setObjectName(QStringLiteral("paymentScheduleChart"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setSchedule(PaymentSchedule());
}

void PaymentScheduleChart::changeEvent(QEvent *event)
{
    DashboardChart::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeight();
}

void PaymentScheduleChart::fitHeight()
{
    // The money axis and the margins take about 60 pixels and a line of text; each band at least 28 pixels and
    // a line and a half of its label: Qt Charts writes "..." for a label higher than its band less its
    // padding, and a line and a quarter was too little in session mode.
    const int line = QFontMetrics(chartFont()).height();
    if (!hasFigures()) {
        chartView()->setFixedHeight(std::max(120, line * 5));
        return;
    }
    chartView()->setFixedHeight(60 + line + rows * std::max(28, line * 3 / 2));
}

void PaymentScheduleChart::setSchedule(const PaymentSchedule &schedule)
{
    clearChart();
    const int year = schedule.year();
    if (year == 0) {
        setTitle(tr("AE and CP of the year"));
        setEmptyText(tr("The year's AE and CP appear once a promotion's laureate signs its agreement."));
        setNote(QString());
        fitHeight();
        return;
    }
    // Across promotions: the budget annex counts the fund's year, not one committee's.
    setTitle(tr("AE and CP of %1, every promotion").arg(year));
    setEmptyText(tr("Nothing committed, paid or left to pay in %1: the year's AE and CP appear once an agreement is "
                    "signed.")
                     .arg(year));

    // Horizontal bars in the annex's order, read top to bottom like its table: each row is named in words
    // with its amount on the axis, so that a projected room reads every figure without hovering, and the
    // French labels ("Restes à payer au 31/12/2024 : 1 234 567 €") stay whole at 1 280 pixels, where ten
    // upright bars would have needed them cut or wrapped. The CP to open are one bar per year split into
    // the annex's two rows, earlier commitments and the year's: two colours tell apart on a projector,
    // the six stacked columns of a bar per row would not, and the years then run down the page in order.
    const PaymentSchedule::Row &earlier = schedule.earlierCommitments();
    const PaymentSchedule::Row &fresh = schedule.newCommitments();
    const PaymentSchedule::Row totals = schedule.totals();
    struct Line
    {
        QString name;
        Money total;
        Money earlier; // CP rows only
        Money fresh;   // CP rows only
    };
    const QList<Line> lines{
        {tr("Restes à payer at 31/12/%1").arg(year - 1), schedule.openingRemainder(), {}, {}},
        {tr("AE committed in %1").arg(year), schedule.aeCommitted(), {}, {}},
        {tr("CP paid in %1").arg(year), schedule.cpPaid(), {}, {}},
        {tr("CP still planned in %1").arg(year), schedule.cpPlanned(), {}, {}},
        {tr("Restes à payer at 31/12/%1").arg(year), schedule.closingRemainder(), {}, {}},
        {tr("CP to open in %1").arg(year), totals.cpYear, earlier.cpYear, fresh.cpYear},
        {tr("CP to open in %1").arg(year + 1), totals.cpNextYear, earlier.cpNextYear, fresh.cpNextYear},
        {tr("CP to open in %1").arg(year + 2), totals.cpYearAfter, earlier.cpYearAfter, fresh.cpYearAfter},
        {tr("CP to open after %1").arg(year + 2), totals.cpBeyond, earlier.cpBeyond, fresh.cpBeyond},
        {tr("Not in any tranche yet"), totals.unscheduled, earlier.unscheduled, fresh.unscheduled},
    };
    Q_ASSERT(lines.size() == rows);
    // Nothing to draw: no axes either, whose ten labels a card the height of its sentence would cut.
    if (std::all_of(lines.cbegin(), lines.cend(), [](const Line &line) { return line.total.isZero(); })) {
        setNote(QString());
        fitHeight();
        return;
    }

    auto *figuresSet = new QBarSet(tr("The year's figures"));
    auto *earlierSet = new QBarSet(tr("Commitments before %1").arg(year));
    auto *freshSet = new QBarSet(tr("Commitments of %1").arg(year));
    figuresSet->setColor(ChartPalette::green());
    earlierSet->setColor(ChartPalette::skyBlue());
    freshSet->setColor(ChartPalette::blue());
    QStringList categories;
    QStringList names;
    QList<Money> figureAmounts;
    QList<Money> earlierAmounts;
    QList<Money> freshAmounts;
    Money largest;
    // Horizontal bars are drawn bottom-up: the rows go in reversed so that the annex's first is on top.
    for (qsizetype index = lines.size() - 1; index >= 0; --index) {
        const Line &line = lines.at(index);
        const bool figure = index < figureRows;
        categories.append(tr("%1: %2").arg(line.name, line.total.toString()));
        names.append(line.name);
        figureAmounts.append(figure ? line.total : Money());
        earlierAmounts.append(line.earlier);
        freshAmounts.append(line.fresh);
        figuresSet->append(euros(figureAmounts.constLast()));
        earlierSet->append(euros(line.earlier));
        freshSet->append(euros(line.fresh));
        largest = std::max(largest, line.total);
    }
    showAmountsOnHover(figuresSet, names, figureAmounts);
    showAmountsOnHover(earlierSet, names, earlierAmounts);
    showAmountsOnHover(freshSet, names, freshAmounts);

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    for (QBarSet *set : {figuresSet, earlierSet, freshSet}) {
        set->setBorderColor(Qt::white);
        series->append(set);
    }
    chart()->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(chartFont());
    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    QCategoryAxis *moneyAxis = createMoneyAxis(largest, 4);
    chart()->addAxis(moneyAxis, Qt::AlignBottom);
    series->attachAxis(moneyAxis);

    // What withdrawals cancelled is committed and will never be paid: no bar shows it, the note does.
    QStringList notes;
    if (schedule.aeCancelled() > Money())
        notes.append(tr("Withdrawals in %1 cancelled %2 of AE: nothing is left to pay on it, and the CP to open "
                        "leave it out.")
                         .arg(year)
                         .arg(schedule.aeCancelled().toString()));
    // Looking back at a year, later withdrawals have cancelled part of its commitments too.
    if (totals.cancelled != schedule.aeCancelled())
        notes.append(tr("Withdrawals after %1 cancelled part of these commitments: in all, the CP to open leave out "
                        "%2.")
                         .arg(year)
                         .arg(totals.cancelled.toString()));
    setNote(notes.join(QLatin1Char(' ')));
    fitHeight();
}
