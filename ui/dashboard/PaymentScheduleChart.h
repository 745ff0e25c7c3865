#pragma once

#include "dashboard/DashboardChart.h"

#include "reports/PaymentSchedule.h"

// The year's commitments (AE) and payments (CP) across every promotion, as the budget annex gives them
// (PaymentSchedule): the restes à payer at 31 December of the year before, the AE committed, the CP paid and
// still planned in the year, the restes à payer at its end; then the CP to open year by year, each bar split
// into the annex's two rows, the commitments of earlier years and the year's own. Every amount is the
// report's; the chart only draws it, and says in a note what withdrawals cancelled, which no bar shows.
class PaymentScheduleChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit PaymentScheduleChart(QWidget *parent = nullptr);

    // A schedule of year 0 (no promotion to take a year from) draws nothing.
    void setSchedule(const PaymentSchedule &schedule);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A band per row, tall enough for its label at the current text size; a short card while there is
    // nothing to draw but the sentence saying why.
    void fitHeight();
};
