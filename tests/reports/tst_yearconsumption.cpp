#include "reports/YearConsumption.h"

#include <QTest>

// One year's consumption: the cumulative granted line through the year's promotions in order, and the
// totals against the fund's annual budget, to the cent.
class TestYearConsumption : public QObject
{
    Q_OBJECT

private slots:
    void cumulativeThroughTheYear();
    void budget_data();
    void budget();
    void yearWithoutPromotions();
};

namespace {
Promotion promotion(int number, int year, qint64 envelopeEuros)
{
    Promotion p;
    p.number = number;
    p.year = year;
    p.envelope = Money::fromEuros(envelopeEuros);
    return p;
}

Candidate laureate(qint64 grantedCents)
{
    Candidate c;
    c.decision = Decision::Laureate;
    c.granted = Money::fromCents(grantedCents);
    return c;
}

FundSummary sample(const QList<FundYear> &years)
{
    // Given out of order on purpose; FAST11 belongs to another year.
    const QList<Promotion> promotions{promotion(13, 2023, 2550000), promotion(11, 2022, 900000),
                                      promotion(12, 2023, 1500000), promotion(15, 2023, 1000000)};
    QHash<int, QList<Candidate>> candidates;
    candidates.insert(11, {laureate(90000000)});
    candidates.insert(12, {laureate(40000000), laureate(30000050)});
    candidates.insert(13, {laureate(255000000)});
    return FundSummary::compute(promotions, candidates, years);
}
} // namespace

void TestYearConsumption::cumulativeThroughTheYear()
{
    const YearConsumption consumption = YearConsumption::compute(sample({}), 2023);
    QCOMPARE(consumption.year(), 2023);
    const QList<YearConsumption::Step> &steps = consumption.steps();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).label(), QStringLiteral("FAST12"));
    QCOMPARE(steps.at(0).granted.cents(), Q_INT64_C(70000050));
    QCOMPARE(steps.at(0).cumulativeGranted.cents(), Q_INT64_C(70000050));
    QCOMPARE(steps.at(0).cumulativeEnvelopes.cents(), Q_INT64_C(150000000));
    QCOMPARE(steps.at(1).label(), QStringLiteral("FAST13"));
    QCOMPARE(steps.at(1).cumulativeGranted.cents(), Q_INT64_C(325000050));
    QCOMPARE(steps.at(1).cumulativeEnvelopes.cents(), Q_INT64_C(405000000));
    QCOMPARE(steps.at(2).label(), QStringLiteral("FAST15"));
    QCOMPARE(steps.at(2).granted.cents(), Q_INT64_C(0));
    QCOMPARE(steps.at(2).cumulativeGranted.cents(), Q_INT64_C(325000050));
    QCOMPARE(steps.at(2).cumulativeEnvelopes.cents(), Q_INT64_C(505000000));
    QCOMPARE(consumption.envelopes().cents(), Q_INT64_C(505000000));
    QCOMPARE(consumption.granted().cents(), Q_INT64_C(325000050));
    QCOMPARE(consumption.annualBudget(), std::optional<Money>());
    QCOMPARE(consumption.budgetNotAllocated(), std::optional<Money>());
    QCOMPARE(consumption.budgetNotGranted(), std::optional<Money>());
    QCOMPARE(consumption.largestAmount().cents(), Q_INT64_C(325000050));
}

void TestYearConsumption::budget_data()
{
    QTest::addColumn<qint64>("budgetEuros");
    QTest::addColumn<qint64>("notAllocatedCents");
    QTest::addColumn<qint64>("notGrantedCents");
    QTest::addColumn<qint64>("largestCents");

    QTest::newRow("budget above envelopes")
        << Q_INT64_C(6000000) << Q_INT64_C(95000000) << Q_INT64_C(600000000 - 325000050) << Q_INT64_C(600000000);
    QTest::newRow("envelopes above budget")
        << Q_INT64_C(4000000) << Q_INT64_C(-105000000) << Q_INT64_C(400000000 - 325000050) << Q_INT64_C(400000000);
    QTest::newRow("budget below granted")
        << Q_INT64_C(3000000) << Q_INT64_C(-205000000) << Q_INT64_C(-25000050) << Q_INT64_C(325000050);
}

void TestYearConsumption::budget()
{
    QFETCH(qint64, budgetEuros);
    const YearConsumption consumption = YearConsumption::compute(
        sample({{2022, Money::fromEuros(1), 9}, {2023, Money::fromEuros(budgetEuros), 12}}), 2023);
    QCOMPARE(consumption.annualBudget(), std::optional<Money>(Money::fromEuros(budgetEuros)));
    QTEST(consumption.budgetNotAllocated()->cents(), "notAllocatedCents");
    QTEST(consumption.budgetNotGranted()->cents(), "notGrantedCents");
    QTEST(consumption.largestAmount().cents(), "largestCents");
}

void TestYearConsumption::yearWithoutPromotions()
{
    const YearConsumption consumption = YearConsumption::compute(sample({{2025, Money::fromEuros(5000000), 15}}), 2025);
    QCOMPARE(consumption.year(), 2025);
    QVERIFY(consumption.steps().isEmpty());
    QCOMPARE(consumption.envelopes().cents(), Q_INT64_C(0));
    QCOMPARE(consumption.granted().cents(), Q_INT64_C(0));
    // FundSummary keeps only years with promotions, so a budget alone is not a consumption.
    QCOMPARE(consumption.annualBudget(), std::optional<Money>());
    QCOMPARE(consumption.largestAmount().cents(), Q_INT64_C(0));
}

QTEST_GUILESS_MAIN(TestYearConsumption)
#include "tst_yearconsumption.moc"
