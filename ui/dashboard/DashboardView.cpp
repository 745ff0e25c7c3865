#include "dashboard/DashboardView.h"

#include "dashboard/BreakdownChart.h"
#include "dashboard/BreakdownDonutChart.h"
#include "dashboard/DashboardGrid.h"
#include "dashboard/EnvelopeChart.h"
#include "dashboard/IndicatorChart.h"
#include "dashboard/IndicatorTargetEditor.h"
#include "dashboard/PaymentScheduleChart.h"
#include "dashboard/YearConsumptionChart.h"
#include "history/PromotionComparisonChart.h"
#include "reports/EnvelopeGauge.h"
#include "reports/FundSummary.h"
#include "reports/GrantBreakdown.h"
#include "reports/IndicatorSeries.h"
#include "reports/PaymentSchedule.h"
#include "reports/PromotionComparison.h"
#include "reports/YearConsumption.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"
#include "storage/PromotionSnapshots.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// What the dashboard's figures are computed from: every promotion, its candidates, the years and the
// laureates' follow-up, or none of them with the first failed read's words.
struct DashboardReads
{
    QList<Promotion> promotions;
    QHash<int, QList<Candidate>> candidatesByPromotion;
    QList<FundYear> years;
    QList<LaureateFollowUp> laureates;
    QString error;
};

DashboardReads readAll(const CommitteeStore &store, PromotionSnapshots &snapshots, const FollowUpStore &followUp,
                       int shownNumber)
{
    DashboardReads reads;
    const auto failed = [](const QString &message) {
        return DashboardReads{{}, {}, {}, {}, message};
    };
    const Result<QList<Promotion>> promotions = store.promotions();
    if (!promotions)
        return failed(promotions.error());
    for (const Promotion &promotion : promotions.value()) {
        if (promotion.number == shownNumber) {
            const std::shared_ptr<const PromotionSnapshot> snapshot = snapshots.of(promotion.number);
            if (!snapshot->error.isEmpty())
                return failed(snapshot->error);
            reads.candidatesByPromotion.insert(promotion.number, snapshot->candidates);
            continue;
        }
        const Result<QList<Candidate>> candidates = store.candidates(promotion.number);
        if (!candidates)
            return failed(candidates.error());
        reads.candidatesByPromotion.insert(promotion.number, candidates.value());
    }
    const Result<QList<FundYear>> years = store.years();
    if (!years)
        return failed(years.error());
    const Result<QList<LaureateFollowUp>> laureates = followUp.allLaureates();
    if (!laureates)
        return failed(laureates.error());
    reads.promotions = promotions.value();
    reads.years = years.value();
    reads.laureates = laureates.value();
    return reads;
}

} // namespace

DashboardView::DashboardView(CommitteeStore &store, PromotionSnapshots &snapshots, FollowUpStore &followUp,
                             QWidget *parent)
    : QWidget(parent), m_store(store), m_snapshots(snapshots), m_followUp(followUp), m_grid(new DashboardGrid),
      m_promotionCombo(new QComboBox(this)), m_scopeCombo(new QComboBox(this)),
      m_envelopeChart(new EnvelopeChart(this)), m_comparisonChart(new PromotionComparisonChart(this)),
      m_yearChart(new YearConsumptionChart(this)), m_scheduleChart(new PaymentScheduleChart(this)),
      m_carrierChart(new BreakdownChart(this)), m_kindChart(new BreakdownDonutChart(this)),
      m_indicatorChart(new IndicatorChart(this)), m_targetEditor(new IndicatorTargetEditor(store, this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_carrierChart->setObjectName(QStringLiteral("carrierChart"));
    m_kindChart->setObjectName(QStringLiteral("kindChart"));
    m_carrierChart->setHeightPerBar(34);
    // What each chart waits for, said instead of an empty frame.
    m_envelopeChart->setEmptyText(tr("The envelope appears once the promotion has one."));
    m_comparisonChart->setEmptyText(tr("The promotions' envelopes appear here once a promotion exists."));
    m_yearChart->setEmptyText(tr("The year's envelopes and grants appear once its promotions have some."));
    m_carrierChart->setEmptyText(tr("Nothing granted yet: the carriers appear as laureates are decided."));
    m_kindChart->setEmptyText(tr("Nothing granted yet: products and incubators appear as laureates are decided."));
    m_indicatorChart->setEmptyText(tr("The indicator appears once a year has laureate products or a target."));
    m_promotionCombo->setObjectName(QStringLiteral("promotionCombo"));
    m_scopeCombo->setObjectName(QStringLiteral("breakdownScopeCombo"));
    m_scopeCombo->addItem(tr("this promotion"), int(BreakdownScope::Promotion));
    m_scopeCombo->addItem(tr("its whole year"), int(BreakdownScope::Year));

    auto *promotionLabel = new QLabel(tr("&Promotion:"), this);
    promotionLabel->setBuddy(m_promotionCombo);
    auto *scopeLabel = new QLabel(tr("&Breakdowns for:"), this);
    scopeLabel->setBuddy(m_scopeCombo);
    auto *bar = new QHBoxLayout;
    bar->addWidget(promotionLabel);
    bar->addWidget(m_promotionCombo);
    bar->addSpacing(24);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scopeCombo);
    bar->addStretch(1);

    // Rows of charts: the envelope first, being the question of the day; the year's AE and CP right under
    // its consumption, where the secretariat preparing the annual report looks, on a row of their own for
    // their labels in words; the carriers get a whole row because administration names are long. The pairs
    // go one above the other when the window is narrow for the text (session mode on a projector).
    DashboardGrid *grid = m_grid;
    grid->addCard(m_envelopeChart);
    grid->addPair(m_comparisonChart, 1, m_yearChart, 1);
    grid->addCard(m_scheduleChart);
    grid->addCard(m_carrierChart);
    m_indicatorChart->addUnderChart(m_targetEditor);
    grid->addPair(m_kindChart, 1, m_indicatorChart, 2);
    for (DashboardChart *chart :
         {static_cast<DashboardChart *>(m_comparisonChart), static_cast<DashboardChart *>(m_yearChart),
          static_cast<DashboardChart *>(m_kindChart), static_cast<DashboardChart *>(m_indicatorChart)})
        chart->chartView()->setMinimumHeight(300);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(grid);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_promotionCombo, &QComboBox::activated, this, &DashboardView::promotionPicked);
    connect(m_scopeCombo, &QComboBox::activated, this,
            [this](int index) { setBreakdownScope(BreakdownScope(m_scopeCombo->itemData(index).toInt())); });
    connect(&m_store, &CommitteeStore::promotionsChanged, this, &DashboardView::dataChanged);
    // A promotion's candidates, scores or decisions: the snapshots say when any of them changed.
    connect(&m_snapshots, &PromotionSnapshots::changed, this, &DashboardView::dataChanged);
    connect(&m_store, &CommitteeStore::yearsChanged, this, &DashboardView::dataChanged);
    // The year's AE and CP and the indicator by agreement year follow the laureates' follow-up. The store also
    // relays each follow-up change as candidatesChanged (a withdrawal gives back to the envelope), so a shown
    // dashboard reads twice then; the follow-up is edited in its own tab, where the dashboard only notes it.
    connect(&m_followUp, &FollowUpStore::followUpChanged, this, &DashboardView::dataChanged);
    connect(&m_followUp, &FollowUpStore::openingKeysChanged, this, &DashboardView::dataChanged);
    connect(m_indicatorChart, &IndicatorChart::basisChosen, this, &DashboardView::dataChanged);
    // Inside the window the dashboard is a tab not shown at start: it reads the whole fund (every
    // promotion's candidates) only when first shown, which keeps start-up independent of the archive.
    if (parent)
        m_outOfDate = true;
    else
        refresh();
}

void DashboardView::setPromotion(int number)
{
    const Result<std::optional<Promotion>> promotion = m_store.promotion(number);
    if (number == m_promotionNumber || (promotion && !promotion.value()))
        return;
    m_promotionNumber = number;
    dataChanged();
}

void DashboardView::setProposedAmount(Money proposed)
{
    if (proposed == m_proposed)
        return;
    m_proposed = proposed;
    dataChanged();
}

void DashboardView::setBreakdownScope(BreakdownScope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(int(scope)));
    dataChanged();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_outOfDate)
        refresh();
}

void DashboardView::dataChanged()
{
    // A hidden dashboard (another tab) does not re-read the database at every keystroke of the window.
    if (isVisible())
        refresh();
    else
        m_outOfDate = true;
}

void DashboardView::promotionPicked(int index)
{
    const int number = m_promotionCombo->itemData(index).toInt();
    if (number == m_promotionNumber)
        return;
    m_promotionNumber = number;
    refresh();
    emit promotionChosen(number);
}

void DashboardView::refresh()
{
    m_outOfDate = false;
    // A read that fails shows no figure rather than a sum short of a promotion (the status bar says why).
    const DashboardReads reads = readAll(m_store, m_snapshots, m_followUp, m_promotionNumber);
    if (!reads.error.isEmpty())
        emit readFailed(reads.error);
    const QList<Promotion> &promotions = reads.promotions;
    const QHash<int, QList<Candidate>> &candidatesByPromotion = reads.candidatesByPromotion;
    const QList<FundYear> &years = reads.years;
    const FundSummary summary = FundSummary::compute(promotions, candidatesByPromotion, years);

    // The chosen promotion, or else the newest one (the list of the summary is chronological).
    const auto chosen = std::find_if(promotions.cbegin(), promotions.cend(), [this](const Promotion &promotion) {
        return promotion.number == m_promotionNumber;
    });
    std::optional<Promotion> current;
    if (chosen != promotions.cend())
        current = *chosen;
    else if (!summary.promotions().isEmpty())
        current = *std::find_if(promotions.cbegin(), promotions.cend(), [&summary](const Promotion &promotion) {
            return promotion.number == summary.promotions().constLast().number;
        });
    m_promotionNumber = current ? current->number : 0;

    {
        const QSignalBlocker blocker(m_promotionCombo);
        m_promotionCombo->clear();
        // Newest first, as in the window's sidebar.
        for (auto figures = summary.promotions().crbegin(); figures != summary.promotions().crend(); ++figures) {
            const QString label = QStringLiteral("FAST%1").arg(figures->number);
            m_promotionCombo->addItem(figures->status == PromotionStatus::Closed
                                          ? tr("%1 (%2, closed)").arg(label).arg(figures->year)
                                          : tr("%1 (%2)").arg(label).arg(figures->year),
                                      figures->number);
        }
        m_promotionCombo->setCurrentIndex(m_promotionCombo->findData(m_promotionNumber));
    }

    const QList<Candidate> currentCandidates =
        current ? candidatesByPromotion.value(current->number) : QList<Candidate>();
    m_envelopeChart->setGauge(current ? current->label() : QString(),
                              current ? EnvelopeGauge::compute(*current, currentCandidates, m_proposed)
                                      : EnvelopeGauge());
    m_comparisonChart->setComparison(PromotionComparison::compute(summary));
    m_yearChart->setConsumption(current ? YearConsumption::compute(summary, current->year) : YearConsumption());
    m_scheduleChart->setSchedule(current ? PaymentSchedule::compute(reads.laureates, current->year)
                                         : PaymentSchedule());

    QList<Candidate> scoped;
    QString scopeName;
    if (current && m_scope == BreakdownScope::Year) {
        for (const Promotion &promotion : promotions) {
            if (promotion.year == current->year)
                scoped += candidatesByPromotion.value(promotion.number);
        }
        scopeName = QString::number(current->year);
    } else if (current) {
        scoped = currentCandidates;
        scopeName = current->label();
    }
    m_carrierChart->setBreakdown(scopeName.isEmpty() ? tr("Granted by carrier")
                                                     : tr("Granted by carrier, %1").arg(scopeName),
                                 GrantBreakdown::byCarrier(scoped));
    m_kindChart->setBreakdown(scopeName.isEmpty() ? tr("Granted by kind") : tr("Granted by kind, %1").arg(scopeName),
                              GrantBreakdown::byKind(scoped));
    const IndicatorSeries indicator =
        IndicatorSeries::compute(summary, years, m_indicatorChart->basis(), reads.laureates);
    m_indicatorChart->setSeries(indicator);
    m_targetEditor->reload();
    m_targetEditor->setSeries(indicator);
    m_envelopeChart->updateEmptyState();
    m_comparisonChart->updateEmptyState();
    m_yearChart->updateEmptyState();
    m_scheduleChart->updateEmptyState();
    m_carrierChart->updateEmptyState();
    m_kindChart->updateEmptyState();
    m_indicatorChart->updateEmptyState();
    // New figures, new minimum widths: the pairs may go side by side or one above the other.
    m_grid->cardsChanged();
}
