#include "dashboard/IndicatorChart.h"

#include "widgets/ChartPalette.h"
#include "widgets/RelativeFont.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QSettings>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace {

// Stored as words rather than the enum's number, which a reordering would change.
QString basisKey(IndicatorSeries::Basis basis)
{
    return basis == IndicatorSeries::Basis::AgreementYear ? QStringLiteral("agreement") : QStringLiteral("decision");
}

} // namespace

IndicatorChart::IndicatorChart(QWidget *parent) : DashboardChart(parent), m_basisCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("indicatorChart"));
    m_basisCombo->setObjectName(QStringLiteral("indicatorBasisCombo"));
    m_basisCombo->addItem(tr("decision year"), int(IndicatorSeries::Basis::DecisionYear));
    m_basisCombo->addItem(tr("agreement year"), int(IndicatorSeries::Basis::AgreementYear));
    m_basisCombo->setCurrentIndex(m_basisCombo->findData(int(storedBasis())));
    RelativeFont::follow(m_basisCombo, 0);
    auto *basisLabel = new QLabel(tr("Co&unt products by:"), this);
    basisLabel->setObjectName(QStringLiteral("indicatorBasisLabel"));
    basisLabel->setBuddy(m_basisCombo);
    RelativeFont::follow(basisLabel, 0);
    auto *basisRow = new QWidget(this);
    auto *row = new QHBoxLayout(basisRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    row->addWidget(basisLabel);
    row->addWidget(m_basisCombo);
    row->addStretch(1);
    addAboveChart(basisRow);
    connect(m_basisCombo, &QComboBox::activated, this, [this] {
        QSettings().setValue(QLatin1String(basisSettingsKey), basisKey(basis()));
        emit basisChosen(basis());
    });
    setSeries(IndicatorSeries());
}

IndicatorSeries::Basis IndicatorChart::basis() const
{
    return IndicatorSeries::Basis(m_basisCombo->currentData().toInt());
}

IndicatorSeries::Basis IndicatorChart::storedBasis()
{
    const QString stored = QSettings().value(QLatin1String(basisSettingsKey)).toString();
    return stored == basisKey(IndicatorSeries::Basis::AgreementYear) ? IndicatorSeries::Basis::AgreementYear
                                                                     : IndicatorSeries::Basis::DecisionYear;
}

void IndicatorChart::setSeries(const IndicatorSeries &series)
{
    clearChart();
    // The basis of the figures drawn, which is also the one saved with the card's image.
    setTitle(tr("Indicator 1.2: %1, %2").arg(IndicatorSeries::title(), IndicatorSeries::basisText(series.basis())));
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
