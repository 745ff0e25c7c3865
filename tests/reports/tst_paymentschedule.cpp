#include "reports/IndicatorSeries.h"
#include "reports/PaymentSchedule.h"

#include "domain/FollowUpEdit.h"

#include <QTest>

// The year's figures of issue #18 on a fixture of three promotions and twenty laureates, with withdrawals
// before and after payments, amendments down and up, late, early, next-year and far tranches, computed by hand
// (the sums are written out beside each figure) and asserted to the cent; and indicator 1.2 by agreement year.
class TestPaymentSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void year2025();
    void year2024();
    void indicatorByAgreementYear();

private:
    QList<LaureateFollowUp> m_laureates;
};

namespace {

qint64 euros(qint64 amount)
{
    return amount * 100;
}

struct Builder
{
    LaureateFollowUp followUp;

    Builder(int promotion, int year, const char *name, CandidateKind kind, qint64 grantedEuros)
    {
        followUp.candidateId = promotion * 100 + qHash(QByteArray(name)) % 100;
        followUp.promotionNumber = promotion;
        followUp.promotionYear = year;
        followUp.name = QString::fromUtf8(name);
        followUp.kind = kind;
        followUp.granted = Money::fromEuros(grantedEuros);
    }
    Builder &sign(QDate on, std::optional<qint64> amendedEuros = std::nullopt)
    {
        const std::optional<Money> amended =
            amendedEuros ? std::optional<Money>(Money::fromEuros(*amendedEuros)) : std::nullopt;
        const Result<LaureateFollowUp> done =
            FollowUpEdit::sign(followUp, on, QString(), amended, amended ? QStringLiteral("avenant") : QString(),
                               OpeningKey::seeded(on.year()));
        if (!done)
            qFatal("%s", qPrintable(done.error()));
        followUp = done.value();
        return *this;
    }
    Builder &pay(int position, QDate on)
    {
        const Result<LaureateFollowUp> done = FollowUpEdit::markPaid(followUp, position, on, std::nullopt, QString());
        if (!done)
            qFatal("%s", qPrintable(done.error()));
        followUp = done.value();
        return *this;
    }
    Builder &plan(int position, QDate on)
    {
        followUp.tranches[position - 1].plannedOn = on;
        return *this;
    }
    Builder &dropLastTranche()
    {
        followUp.tranches.removeLast();
        return *this;
    }
    Builder &withdraw(QDate on)
    {
        const Result<LaureateFollowUp> done = FollowUpEdit::withdraw(followUp, on, QString());
        if (!done)
            qFatal("%s", qPrintable(done.error()));
        followUp = done.value();
        return *this;
    }
};

constexpr CandidateKind product = CandidateKind::Product;
constexpr CandidateKind incubator = CandidateKind::Incubator;

} // namespace

void TestPaymentSchedule::initTestCase()
{
    // FAST10 (2024): commitments of 2024, some paid in 2025.
    m_laureates.append(Builder(10, 2024, "Alpha", product, 100000) // 78 930 + 21 070
                           .sign(QDate(2024, 6, 1))
                           .pay(1, QDate(2024, 6, 15))
                           .pay(2, QDate(2025, 1, 20))
                           .followUp);
    m_laureates.append(Builder(10, 2024, "Bravo", product, 200000) // 157 860 + 42 140, the second late
                           .sign(QDate(2024, 7, 1))
                           .pay(1, QDate(2024, 7, 10))
                           .followUp);
    m_laureates.append(Builder(10, 2024, "Charlie", incubator, 300000) // 236 790 + 63 210
                           .sign(QDate(2024, 9, 1))
                           .pay(1, QDate(2024, 9, 15))
                           .pay(2, QDate(2025, 3, 1))
                           .followUp);
    m_laureates.append(Builder(10, 2024, "Delta", product, 50000) // 39 465 paid, withdrawn in 2025
                           .sign(QDate(2024, 11, 1))
                           .pay(1, QDate(2024, 11, 20))
                           .withdraw(QDate(2025, 2, 1))
                           .followUp);
    m_laureates.append(Builder(10, 2024, "Echo", product, 150000) // 118 395 + 31 605 planned 2025-03-15
                           .sign(QDate(2024, 12, 15))
                           .pay(1, QDate(2025, 1, 10))
                           .followUp);
    m_laureates.append(Builder(10, 2024, "Foxtrot", product, 100000) // withdrawn in 2024 before any payment
                           .sign(QDate(2024, 10, 1))
                           .withdraw(QDate(2024, 10, 15))
                           .followUp);
    m_laureates.append(Builder(10, 2024, "Golf", product, 100000).followUp); // never signed
    // FAST12 (2025).
    m_laureates.append(Builder(12, 2025, "Hotel", product, 100000)
                           .sign(QDate(2025, 2, 1))
                           .pay(1, QDate(2025, 2, 10))
                           .pay(2, QDate(2025, 5, 5))
                           .followUp);
    m_laureates.append(Builder(12, 2025, "India", product, 200000) // amended to 180 000: 142 074 + 37 926
                           .sign(QDate(2025, 3, 1), 180000)
                           .pay(1, QDate(2025, 3, 10))
                           .followUp);
    m_laureates.append(
        Builder(12, 2025, "Juliet", incubator, 300000).sign(QDate(2025, 4, 1)).pay(1, QDate(2025, 4, 15)).followUp);
    m_laureates.append(Builder(12, 2025, "Kilo", product, 50000) // withdrawn before any payment
                           .sign(QDate(2025, 5, 1))
                           .withdraw(QDate(2025, 5, 20))
                           .followUp);
    m_laureates.append(Builder(12, 2025, "Lima", product, 150000) // keeps 118 395, cancels 31 605
                           .sign(QDate(2025, 9, 1))
                           .pay(1, QDate(2025, 9, 10))
                           .withdraw(QDate(2025, 11, 1))
                           .followUp);
    m_laureates.append(Builder(12, 2025, "Mike", product, 100000) // nothing paid: 78 930 in 2025, 21 070 in 2026
                           .sign(QDate(2025, 11, 15))
                           .followUp);
    m_laureates.append(Builder(12, 2025, "November", product, 200000).followUp); // not signed
    // FAST13 (2025).
    m_laureates.append(Builder(13, 2025, "Oscar", product, 100000) // paid in 2026, withdrawn in 2026
                           .sign(QDate(2025, 12, 1))
                           .pay(1, QDate(2026, 1, 5))
                           .withdraw(QDate(2026, 2, 1))
                           .followUp);
    m_laureates.append(Builder(13, 2025, "Papa", product, 100000) // amended up to 120 000: 94 716 + 25 284
                           .sign(QDate(2025, 10, 1), 120000)
                           .pay(1, QDate(2025, 10, 10))
                           .followUp);
    m_laureates.append(Builder(13, 2025, "Quebec", product, 300000).sign(QDate(2026, 1, 10)).followUp);
    m_laureates.append(Builder(13, 2025, "Romeo", incubator, 50000) // 39 465 paid, 10 535 in 2028
                           .sign(QDate(2025, 6, 1))
                           .pay(1, QDate(2025, 6, 5))
                           .plan(2, QDate(2028, 6, 1))
                           .followUp);
    m_laureates.append(Builder(13, 2025, "Sierra", product, 150000) // 118 395 paid, 31 605 in 2027
                           .sign(QDate(2025, 7, 1))
                           .pay(1, QDate(2025, 7, 2))
                           .plan(2, QDate(2027, 1, 1))
                           .followUp);
    m_laureates.append(Builder(13, 2025, "Tango", product, 100000) // one tranche of 78 930; 21 070 unscheduled
                           .sign(QDate(2025, 8, 1))
                           .dropLastTranche()
                           .followUp);
    QCOMPARE(m_laureates.size(), 20);
    for (const LaureateFollowUp &laureate : std::as_const(m_laureates))
        QVERIFY2(laureate.validate().ok(), qPrintable(laureate.validate().error()));
}

void TestPaymentSchedule::year2025()
{
    const PaymentSchedule schedule = PaymentSchedule::compute(m_laureates, 2025);
    QCOMPARE(schedule.year(), 2025);
    // RAP at 31/12/2024: Alpha 21 070 + Bravo 42 140 + Charlie 63 210 + Delta 10 535 + Echo 150 000.
    QCOMPARE(schedule.openingRemainder().cents(), euros(286955));
    // AE 2025: Hotel 100 000 + India 180 000 + Juliet 300 000 + Kilo 50 000 + Lima 150 000 + Mike 100 000
    // + Oscar 100 000 + Papa 120 000 + Romeo 50 000 + Sierra 150 000 + Tango 100 000.
    QCOMPARE(schedule.aeCommitted().cents(), euros(1400000));
    QCOMPARE(schedule.agreementsSigned(), 11);
    // Withdrawn in 2025: Delta 10 535 + Kilo 50 000 + Lima 31 605.
    QCOMPARE(schedule.aeCancelled().cents(), euros(92140));
    // Paid in 2025: 21 070 + 63 210 + 118 395 + 78 930 + 21 070 + 142 074 + 236 790 + 118 395 + 94 716
    // + 39 465 + 118 395.
    QCOMPARE(schedule.cpPaid().cents(), euros(1052510));
    // Unpaid and planned by 31/12/2025: Bravo 42 140 + Echo 31 605 + India 37 926 + Juliet 63 210 + Mike 78 930
    // + Tango 78 930.
    QCOMPARE(schedule.cpPlanned().cents(), euros(332741));
    // RAP at 31/12/2025: 286 955 + 1 400 000 − 92 140 − 1 052 510.
    QCOMPARE(schedule.closingRemainder().cents(), euros(542305));

    const PaymentSchedule::Row &earlier = schedule.earlierCommitments();
    QCOMPARE(earlier.agreements, 5);
    QCOMPARE(earlier.commitments.cents(), euros(286955));
    QCOMPARE(earlier.cpYear.cents(), euros(276420)); // 21 070 + 42 140 + 63 210 + 118 395 + 31 605
    QCOMPARE(earlier.cpNextYear.cents(), 0);
    QCOMPARE(earlier.cpYearAfter.cents(), 0);
    QCOMPARE(earlier.cpBeyond.cents(), 0);
    QCOMPARE(earlier.unscheduled.cents(), 0);
    QCOMPARE(earlier.cancelled.cents(), euros(10535)); // Delta

    const PaymentSchedule::Row &fresh = schedule.newCommitments();
    QCOMPARE(fresh.commitments.cents(), euros(1400000));
    QCOMPARE(fresh.cpYear.cents(), euros(1108831));
    QCOMPARE(fresh.cpNextYear.cents(), euros(125284)); // Mike 21 070 + Oscar 78 930 + Papa 25 284
    QCOMPARE(fresh.cpYearAfter.cents(), euros(31605)); // Sierra
    QCOMPARE(fresh.cpBeyond.cents(), euros(10535));    // Romeo, 2028
    QCOMPARE(fresh.unscheduled.cents(), euros(21070)); // Tango
    QCOMPARE(fresh.cancelled.cents(), euros(102675));  // Kilo 50 000 + Lima 31 605 + Oscar 21 070

    const PaymentSchedule::Row totals = schedule.totals();
    QCOMPARE(totals.commitments.cents(), euros(1686955));
    QCOMPARE(totals.cpYear.cents(), euros(1385251));
    QCOMPARE(totals.agreements, 16);
    QVERIFY(schedule.balances());
}

void TestPaymentSchedule::year2024()
{
    const PaymentSchedule schedule = PaymentSchedule::compute(m_laureates, 2024);
    QCOMPARE(schedule.openingRemainder().cents(), 0);
    // Alpha 100 000 + Bravo 200 000 + Charlie 300 000 + Delta 50 000 + Echo 150 000 + Foxtrot 100 000.
    QCOMPARE(schedule.aeCommitted().cents(), euros(900000));
    QCOMPARE(schedule.aeCancelled().cents(), euros(100000)); // Foxtrot
    QCOMPARE(schedule.cpPaid().cents(), euros(513045));      // 78 930 + 157 860 + 236 790 + 39 465
    // The year's end is the next year's start.
    QCOMPARE(schedule.closingRemainder().cents(), euros(286955));
    QCOMPARE(schedule.newCommitments().cpYear.cents(), euros(555185));     // paid 513 045 + Bravo's late 42 140
    QCOMPARE(schedule.newCommitments().cpNextYear.cents(), euros(234280)); // 21 070 + 63 210 + 118 395 + 31 605
    QCOMPARE(schedule.newCommitments().cancelled.cents(), euros(110535));  // Foxtrot 100 000 + Delta 10 535
    QVERIFY(schedule.balances());
}

void TestPaymentSchedule::indicatorByAgreementYear()
{
    const FundSummary none = FundSummary::compute({}, {}, {});
    const QList<FundYear> years{{2025, std::nullopt, 12}};
    const IndicatorSeries byAgreement =
        IndicatorSeries::compute(none, years, IndicatorSeries::Basis::AgreementYear, m_laureates);
    QCOMPARE(byAgreement.basis(), IndicatorSeries::Basis::AgreementYear);
    // 2024: Alpha, Bravo, Delta, Echo (Charlie is an incubator, Foxtrot withdrew before any payment).
    QCOMPARE(byAgreement.point(2024)->realised, std::optional<int>(4));
    // 2025: Hotel, India, Lima, Mike, Oscar, Papa, Sierra, Tango (Kilo withdrew before any payment).
    QCOMPARE(byAgreement.point(2025)->realised, std::optional<int>(8));
    QCOMPARE(byAgreement.point(2025)->target, std::optional<int>(12));
    QCOMPARE(byAgreement.point(2026)->realised, std::optional<int>(1)); // Quebec
    QCOMPARE(PaymentSchedule::compute(m_laureates, 2025).productAgreementsSigned(), 8);
    QCOMPARE(IndicatorSeries::basisText(IndicatorSeries::Basis::AgreementYear), QStringLiteral("by agreement year"));
    QCOMPARE(IndicatorSeries::compute(none, years).basis(), IndicatorSeries::Basis::DecisionYear);
}

QTEST_GUILESS_MAIN(TestPaymentSchedule)
#include "tst_paymentschedule.moc"
