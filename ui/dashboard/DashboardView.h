#pragma once

#include "domain/Money.h"

#include <QWidget>

class BreakdownChart;
class BreakdownDonutChart;
class CommitteeStore;
class DashboardGrid;
class EnvelopeChart;
class FollowUpStore;
class IndicatorChart;
class IndicatorTargetEditor;
class PaymentScheduleChart;
class PromotionComparisonChart;
class PromotionSnapshots;
class QComboBox;
class YearConsumptionChart;

// The committee's dashboard: the chosen promotion's envelope, all promotions side by side, the
// consumption of the promotion's year against the fund's annual budget, the year's commitments and payments
// (AE / CP) across promotions, the granted breakdowns by carrier and by kind (for the promotion or its year),
// and indicator 1.2 with its editable targets, counted by decision or agreement year.
// Every figure is computed by a report of app/reports; the view only chooses what to show and follows
// the store's signals, so the charts change as soon as the data does. While hidden it only notes that
// it is out of date and refreshes when shown again.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    enum class BreakdownScope { Promotion, Year };

    // The chosen promotion's candidates come from its shared snapshot (the one the pages show), the
    // other promotions' from the store, the laureates' agreements and payments from the follow-up store.
    DashboardView(CommitteeStore &store, PromotionSnapshots &snapshots, FollowUpStore &followUp,
                  QWidget *parent = nullptr);

    // Shows the promotion with this number; an unknown number leaves the choice unchanged.
    void setPromotion(int number);
    // 0 when the database has no promotion.
    int promotionNumber() const { return m_promotionNumber; }
    // The proposal's laureates not yet decided, drawn as "proposed" on the envelope (zero by default).
    void setProposedAmount(Money proposed);
    void setBreakdownScope(BreakdownScope scope);

    // Re-reads the store and redraws every chart.
    void refresh();

    EnvelopeChart *envelopeChart() const { return m_envelopeChart; }
    PromotionComparisonChart *promotionComparisonChart() const { return m_comparisonChart; }
    YearConsumptionChart *yearConsumptionChart() const { return m_yearChart; }
    PaymentScheduleChart *paymentScheduleChart() const { return m_scheduleChart; }
    BreakdownChart *carrierChart() const { return m_carrierChart; }
    BreakdownDonutChart *kindChart() const { return m_kindChart; }
    IndicatorChart *indicatorChart() const { return m_indicatorChart; }
    IndicatorTargetEditor *targetEditor() const { return m_targetEditor; }

signals:
    // The user chose another promotion in the dashboard's own list.
    void promotionChosen(int number);
    // The figures could not be read (none is shown): the database's words, for the status bar.
    void readFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void dataChanged();
    void promotionPicked(int index);

    CommitteeStore &m_store;
    PromotionSnapshots &m_snapshots;
    FollowUpStore &m_followUp;
    int m_promotionNumber = 0;
    Money m_proposed;
    BreakdownScope m_scope = BreakdownScope::Promotion;
    bool m_outOfDate = true;

    DashboardGrid *m_grid;
    QComboBox *m_promotionCombo;
    QComboBox *m_scopeCombo;
    EnvelopeChart *m_envelopeChart;
    PromotionComparisonChart *m_comparisonChart;
    YearConsumptionChart *m_yearChart;
    PaymentScheduleChart *m_scheduleChart;
    BreakdownChart *m_carrierChart;
    BreakdownDonutChart *m_kindChart;
    IndicatorChart *m_indicatorChart;
    IndicatorTargetEditor *m_targetEditor;
};
