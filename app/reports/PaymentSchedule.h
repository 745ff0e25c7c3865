#pragma once

#include "domain/LaureateFollowUp.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One budget year of the fund counted as the programme's budget documents count it (the budget annex's
// "Échéancier des crédits de paiement"): commitments (AE) made when agreements are signed, payments (CP)
// in tranches, and what is committed and not yet paid (restes à payer, RAP). For year Y:
// - the RAP at 31 December Y−1 and at 31 December Y, each Σ commitments standing at that date (a withdrawal
//   by then keeps only what was paid) − Σ paid up to that date;
// - the AE committed in Y (agreements signed in Y, at their commitment, amendments included), the AE
//   cancelled in Y (the unpaid part of the commitments withdrawn in Y), the CP paid in Y, and the CP still to
//   pay on Y's schedule (unpaid tranches planned on or before 31 December Y);
// - the schedule of CP to open ("Échéancier des CP à ouvrir"): a row for the commitments of earlier years
//   still unpaid at 31 December Y−1 and a row for Y's new commitments, each split into CP Y (paid in Y, or
//   planned by then), CP Y+1, CP Y+2, CP beyond, the part no tranche covers yet, and the part withdrawals
//   cancelled; each row's columns add up to its first cell, and RAP(Y−1) + AE − cancelled − CP paid = RAP(Y).
// Only laureates count (LaureateFollowUp), so a figure never includes a candidate no longer selected.
class PaymentSchedule
{
    Q_DECLARE_TR_FUNCTIONS(PaymentSchedule)

public:
    struct Row
    {
        Money commitments; // the row's AE: unpaid at the start of Y (earlier years) or committed in Y
        Money cpYear;
        Money cpNextYear;
        Money cpYearAfter;
        Money cpBeyond;
        Money unscheduled; // committed, not yet in any tranche
        Money cancelled;   // cancelled by a withdrawal after the start of the year
        int agreements = 0;

        Money columnsTotal() const { return cpYear + cpNextYear + cpYearAfter + cpBeyond + unscheduled + cancelled; }
        Row &operator+=(const Row &other);
    };

    static PaymentSchedule compute(const QList<LaureateFollowUp> &laureates, int year);

    int year() const { return m_year; }
    Money openingRemainder() const { return m_openingRemainder; }
    Money aeCommitted() const { return m_new.commitments; }
    Money aeCancelled() const { return m_aeCancelled; }
    Money cpPaid() const { return m_cpPaid; }
    Money cpPlanned() const { return m_cpPlanned; }
    Money closingRemainder() const { return m_closingRemainder; }
    // Agreements signed in the year, and those of kind product (indicator 1.2 by agreement year).
    int agreementsSigned() const { return m_new.agreements; }
    int productAgreementsSigned() const { return m_productAgreements; }

    const Row &earlierCommitments() const { return m_earlier; }
    const Row &newCommitments() const { return m_new; }
    Row totals() const;
    // Both identities of the class comment hold (always, for data the rules accepted).
    bool balances() const;

    // Whether a laureate has a line in the year's schedule: its agreement signed by 31 December, in the year or
    // earlier with something still to pay at its start. The others add nothing to any of the year's figures.
    static bool hasLineInYear(const LaureateFollowUp &laureate, int year);

    // Products signed in a year that were not withdrawn before any payment: what indicator 1.2 counts when it
    // counts by agreement year (IndicatorSeries::Basis::AgreementYear).
    static bool countsAsProductSigned(const LaureateFollowUp &laureate, int year);

private:
    int m_year = 0;
    Money m_openingRemainder;
    Money m_closingRemainder;
    Money m_aeCancelled;
    Money m_cpPaid;
    Money m_cpPlanned;
    int m_productAgreements = 0;
    Row m_earlier;
    Row m_new;
};
