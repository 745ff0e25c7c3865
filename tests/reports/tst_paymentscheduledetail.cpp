#include "reports/PaymentSchedule.h"
#include "reports/PaymentScheduleDetail.h"

#include "FollowUpPdfFixture.h"

#include <QTest>

using namespace FollowUpPdfFixture;

// The laureates behind a year's schedule, on the PDF suites' fixture: who has a line (signed by the year's
// end, and signed in it or with something left at its start), grouped by promotion and sorted by name, each
// amount at 31 December worked out by hand, the late flag as of the day given, and the totals agreeing with
// PaymentSchedule's figures for every year.
class TestPaymentScheduleDetail : public QObject
{
    Q_OBJECT

private slots:
    void year2025();
    void year2024();
    void totalsAgreeWithTheFigures_data();
    void totalsAgreeWithTheFigures();
    void lateAsOfTheDayGiven();
    void sortedByNameWithinAPromotion();
};

namespace {

QStringList names(const PaymentScheduleDetail::Group &group)
{
    QStringList names;
    for (const PaymentScheduleDetail::Line &line : group.lines)
        names.append(line.name);
    return names;
}

} // namespace

void TestPaymentScheduleDetail::year2025()
{
    const PaymentScheduleDetail detail = PaymentScheduleDetail::compute(laureates(), 2025, QDate(2025, 11, 24));
    QCOMPARE(detail.year(), 2025);
    QCOMPARE(detail.groups().size(), 2);
    const PaymentScheduleDetail::Group &twelve = detail.groups().at(0);
    QCOMPARE(twelve.promotionNumber, 12);
    QCOMPARE(twelve.promotionYear, 2024);
    // Dormant was paid off in 2024: no line.
    QCOMPARE(names(twelve), QStringList({QStringLiteral("Aides-Jeunes"), QStringLiteral("Carbure")}));
    const PaymentScheduleDetail::Line &carbure = twelve.lines.at(1);
    QCOMPARE(carbure.status, FollowUpStatus::Paying);
    QCOMPARE(carbure.committed, Money::fromEuros(100000));
    QCOMPARE(carbure.paidInYear, Money());
    QCOMPARE(carbure.paidToDate, Money::fromEuros(78930));
    QCOMPARE(carbure.leftToPay, Money::fromEuros(21070));
    QCOMPARE(carbure.nextDue->plannedOn, QDate(2026, 2, 1));
    QVERIFY(!carbure.late);
    QCOMPARE(twelve.subtotal.laureates, 2);
    QCOMPARE(twelve.subtotal.paidInYear, Money::fromEuros(42140));

    const PaymentScheduleDetail::Group &thirteen = detail.groups().at(1);
    // Zeta is not signed: no line.
    QCOMPARE(names(thirteen),
             QStringList({QStringLiteral("Beta"), QStringLiteral("Envergo"), QStringLiteral("Gamma")}));
    const PaymentScheduleDetail::Line &gamma = thirteen.lines.at(2);
    QCOMPARE(gamma.status, FollowUpStatus::Withdrawn);
    QCOMPARE(gamma.withdrawnOn, QDate(2025, 9, 30));
    // Withdrawn after its first payment: its commitment at the year's end is what it was paid.
    QCOMPARE(gamma.committed, Money::fromEuros(78930));
    QCOMPARE(gamma.leftToPay, Money());
    QVERIFY(!gamma.nextDue);
    QVERIFY(thirteen.lines.at(1).late); // Envergo's 63 210 € due on 01/10/2025
    QCOMPARE(thirteen.subtotal.committed, Money::fromEuros(140000 + 300000 + 78930));
    QCOMPARE(thirteen.subtotal.leftToPay, Money::fromEuros(29498 + 63210));

    QCOMPARE(detail.totals().laureates, 5);
    QCOMPARE(detail.totals().committed, Money::fromEuros(818930));
    QCOMPARE(detail.totals().paidInYear, Money::fromEuros(468362));
    QCOMPARE(detail.totals().paidToDate, Money::fromEuros(705152));
    QCOMPARE(detail.totals().leftToPay, Money::fromEuros(113778));
}

void TestPaymentScheduleDetail::year2024()
{
    // Only FAST12 was signed in 2024; Dormant, paid off that year, has its line in its own year.
    const PaymentScheduleDetail detail = PaymentScheduleDetail::compute(laureates(), 2024, QDate(2025, 11, 24));
    QCOMPARE(detail.groups().size(), 1);
    QCOMPARE(names(detail.groups().constFirst()),
             QStringList({QStringLiteral("Aides-Jeunes"), QStringLiteral("Carbure"), QStringLiteral("Dormant")}));
    // 157 860 + 78 930 + 50 000 paid in 2024; 42 140 + 21 070 left at its end.
    QCOMPARE(detail.totals().paidInYear, Money::fromEuros(286790));
    QCOMPARE(detail.totals().leftToPay, Money::fromEuros(63210));
}

void TestPaymentScheduleDetail::totalsAgreeWithTheFigures_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2023; year <= 2027; ++year)
        QTest::addRow("%d", year) << year;
}

void TestPaymentScheduleDetail::totalsAgreeWithTheFigures()
{
    QFETCH(int, year);
    const PaymentSchedule schedule = PaymentSchedule::compute(laureates(), year);
    const PaymentScheduleDetail detail = PaymentScheduleDetail::compute(laureates(), year, QDate(2025, 11, 24));
    QCOMPARE(detail.totals().paidInYear, schedule.cpPaid());
    QCOMPARE(detail.totals().leftToPay, schedule.closingRemainder());
    QCOMPARE(detail.totals().laureates, schedule.totals().agreements);
    Money leftToPay;
    for (const PaymentScheduleDetail::Group &group : detail.groups())
        leftToPay += group.subtotal.leftToPay;
    QCOMPARE(leftToPay, detail.totals().leftToPay);
}

void TestPaymentScheduleDetail::lateAsOfTheDayGiven()
{
    const auto envergoLate = [](const QDate &day) {
        const PaymentScheduleDetail detail = PaymentScheduleDetail::compute({envergo()}, 2025, day);
        return detail.groups().constFirst().lines.constFirst().late;
    };
    QVERIFY(!envergoLate(QDate(2025, 10, 1))); // due that day: not late yet
    QVERIFY(envergoLate(QDate(2025, 10, 2)));
}

void TestPaymentScheduleDetail::sortedByNameWithinAPromotion()
{
    QList<LaureateFollowUp> laureates;
    for (const char *name : {"zèbre", "Éclair", "alpha", "Bravo"})
        laureates.append(
            Builder(laureates.size() + 1, 13, 2025, QString::fromUtf8(name), 10000).sign(QDate(2025, 3, 1)).followUp);
    laureates.append(Builder(9, 12, 2025, QStringLiteral("Omega"), 10000).sign(QDate(2025, 3, 1)).followUp);
    const PaymentScheduleDetail detail = PaymentScheduleDetail::compute(laureates, 2025, QDate(2025, 3, 2));
    QCOMPARE(detail.groups().size(), 2);
    QCOMPARE(detail.groups().at(0).promotionNumber, 12);
    // Case and accents do not decide the order.
    QCOMPARE(names(detail.groups().at(1)), QStringList({QStringLiteral("alpha"), QStringLiteral("Bravo"),
                                                        QString::fromUtf8("Éclair"), QString::fromUtf8("zèbre")}));
}

QTEST_GUILESS_MAIN(TestPaymentScheduleDetail)
#include "tst_paymentscheduledetail.moc"
