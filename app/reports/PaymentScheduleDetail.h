#pragma once

#include "domain/FollowUpStatus.h"
#include "domain/LaureateFollowUp.h"
#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The laureates behind one budget year's payment schedule (PaymentSchedule), one line each, grouped by
// promotion with their subtotals, and a total that agrees with the year's figures: Σ paid in the year is the
// CP paid in the year, Σ left to pay the restes à payer at 31 December. A laureate has a line when it has one
// in the schedule (PaymentSchedule::hasLineInYear); its amounts are those of 31 December of the year, its
// status, next due tranche and whether a tranche is late those of the day given (the document's date).
// Promotions in number order, laureates by name.
class PaymentScheduleDetail
{
public:
    struct Line
    {
        int promotionNumber = 0;
        QString name;
        FollowUpStatus status = FollowUpStatus::ToSign;
        QDate withdrawnOn;
        Money committed;  // the commitment standing at 31 December (a withdrawal by then keeps what was paid)
        Money paidInYear; // the tranches paid in the year
        Money paidToDate; // every tranche paid up to 31 December
        Money leftToPay;  // committed − paidToDate
        std::optional<PaymentTranche> nextDue;
        bool late = false; // a tranche planned before the day is still unpaid
    };
    struct Sums
    {
        int laureates = 0;
        Money committed;
        Money paidInYear;
        Money paidToDate;
        Money leftToPay;

        void add(const Line &line);
    };
    struct Group
    {
        int promotionNumber = 0;
        int promotionYear = 0;
        QList<Line> lines;
        Sums subtotal;
    };

    static PaymentScheduleDetail compute(const QList<LaureateFollowUp> &laureates, int year, const QDate &today);

    int year() const { return m_year; }
    const QList<Group> &groups() const { return m_groups; }
    const Sums &totals() const { return m_totals; }

private:
    int m_year = 0;
    QList<Group> m_groups;
    Sums m_totals;
};
