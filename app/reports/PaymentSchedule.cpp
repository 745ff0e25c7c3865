#include "PaymentSchedule.h"

#include <algorithm>

PaymentSchedule::Row &PaymentSchedule::Row::operator+=(const Row &other)
{
    commitments += other.commitments;
    cpYear += other.cpYear;
    cpNextYear += other.cpNextYear;
    cpYearAfter += other.cpYearAfter;
    cpBeyond += other.cpBeyond;
    unscheduled += other.unscheduled;
    cancelled += other.cancelled;
    agreements += other.agreements;
    return *this;
}

bool PaymentSchedule::countsAsProductSigned(const LaureateFollowUp &laureate, int year)
{
    if (laureate.kind != CandidateKind::Product || !laureate.agreement.isSigned() ||
        laureate.agreement.signedOn.year() != year)
        return false;
    // Withdrawn before any payment: the product was never supported.
    return !(laureate.agreement.isWithdrawn() && laureate.paid() <= Money());
}

bool PaymentSchedule::hasLineInYear(const LaureateFollowUp &laureate, int year)
{
    const Agreement &agreement = laureate.agreement;
    if (!agreement.isSigned() || agreement.signedOn > QDate(year, 12, 31))
        return false;
    if (agreement.signedOn.year() == year)
        return true;
    // An earlier commitment withdrawn or paid off before the year has nothing left to schedule.
    const QDate start(year - 1, 12, 31);
    return laureate.committedAt(start) - laureate.paidUpTo(start) != Money();
}

PaymentSchedule PaymentSchedule::compute(const QList<LaureateFollowUp> &laureates, int year)
{
    PaymentSchedule schedule;
    schedule.m_year = year;
    const QDate start(year - 1, 12, 31);
    const QDate end(year, 12, 31);
    const auto column = [year](Row &row, int paidOrPlannedYear, Money amount) {
        const int shown = std::max(paidOrPlannedYear, year);
        if (shown == year)
            row.cpYear += amount;
        else if (shown == year + 1)
            row.cpNextYear += amount;
        else if (shown == year + 2)
            row.cpYearAfter += amount;
        else
            row.cpBeyond += amount;
    };

    for (const LaureateFollowUp &laureate : laureates) {
        const Agreement &agreement = laureate.agreement;
        if (!agreement.isSigned() || agreement.signedOn > end)
            continue;
        schedule.m_openingRemainder += laureate.committedAt(start) - laureate.paidUpTo(start);
        schedule.m_closingRemainder += laureate.committedAt(end) - laureate.paidUpTo(end);
        if (countsAsProductSigned(laureate, year))
            ++schedule.m_productAgreements;
        const bool withdrawn = agreement.isWithdrawn();
        if (withdrawn && agreement.withdrawnOn.year() == year)
            schedule.m_aeCancelled += laureate.signedCommitment() - laureate.paid();
        for (const PaymentTranche &tranche : laureate.tranches) {
            if (tranche.isPaid() && tranche.paidOn.year() == year)
                schedule.m_cpPaid += tranche.paid;
            if (!tranche.isPaid() && !withdrawn && tranche.plannedOn <= end)
                schedule.m_cpPlanned += tranche.planned;
        }

        if (!hasLineInYear(laureate, year))
            continue;
        const bool isNew = agreement.signedOn.year() == year;
        Row row;
        row.commitments = isNew ? laureate.signedCommitment() : laureate.committedAt(start) - laureate.paidUpTo(start);
        row.agreements = 1;
        for (const PaymentTranche &tranche : laureate.tranches) {
            if (tranche.isPaid()) {
                if (tranche.paidOn > start)
                    column(row, tranche.paidOn.year(), tranche.paid);
            } else if (!withdrawn) {
                column(row, tranche.plannedOn.year(), tranche.planned);
            }
        }
        row.unscheduled = laureate.unscheduled();
        if (withdrawn)
            row.cancelled = laureate.signedCommitment() - laureate.paid();
        (isNew ? schedule.m_new : schedule.m_earlier) += row;
    }
    return schedule;
}

PaymentSchedule::Row PaymentSchedule::totals() const
{
    Row sum = m_earlier;
    sum += m_new;
    return sum;
}

bool PaymentSchedule::balances() const
{
    return m_earlier.columnsTotal() == m_earlier.commitments && m_new.columnsTotal() == m_new.commitments &&
           m_openingRemainder + aeCommitted() - m_aeCancelled - m_cpPaid == m_closingRemainder;
}
