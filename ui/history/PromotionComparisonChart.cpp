#include "history/PromotionComparisonChart.h"

#include "widgets/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>

PromotionComparisonChart::PromotionComparisonChart(QWidget *parent) : DashboardChart(parent)
{
    setObjectName(QStringLiteral("promotionComparisonChart"));
    setComparison(PromotionComparison());
}

void PromotionComparisonChart::setComparison(const PromotionComparison &comparison)
{
    clearChart();
    setTitle(tr("Envelope and granted per promotion"));
    if (comparison.rows().isEmpty()) {
        setNote(tr("No promotion yet."));
        return;
    }

    QStringList categories;
    QStringList axisLabels;
    QList<Money> envelopes;
    QList<Money> granted;
    QStringList overspent;
    auto *envelopeSet = new QBarSet(tr("Envelope"));
    auto *grantedSet = new QBarSet(tr("Granted"));
    envelopeSet->setColor(ChartPalette::skyBlue());
    grantedSet->setColor(ChartPalette::blue());
    grantedSet->setSelectedColor(ChartPalette::vermillion());
    for (const PromotionComparison::Row &row : comparison.rows()) {
        categories.append(row.label);
        // Axis labels are rich text: the status goes on a second line so that eight promotions fit.
        axisLabels.append(row.closed ? tr("FAST%1<br>(closed)").arg(row.number) : row.label);
        envelopes.append(row.envelope);
        granted.append(row.granted);
        envelopeSet->append(euros(row.envelope));
        grantedSet->append(euros(row.granted));
        if (row.isOverspent()) {
            // Selection is the only per-bar colour a QBarSet has: it marks the overspent promotions.
            grantedSet->selectBar(int(categories.size()) - 1);
            overspent.append(tr("%1 overspent by %2").arg(row.label, (row.granted - row.envelope).toString()));
        }
    }
    showAmountsOnHover(envelopeSet, categories, envelopes);
    showAmountsOnHover(grantedSet, categories, granted);

    auto *series = new QBarSeries;
    series->append(envelopeSet);
    series->append(grantedSet);
    chart()->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(axisLabels);
    categoryAxis->setLabelsFont(chartFont());
    chart()->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    QCategoryAxis *moneyAxis = createMoneyAxis(comparison.largestAmount());
    chart()->addAxis(moneyAxis, Qt::AlignLeft);
    series->attachAxis(moneyAxis);

    setNote(overspent.join(QStringLiteral(" · ")), !overspent.isEmpty());
}
