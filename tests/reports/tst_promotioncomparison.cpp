#include "reports/PromotionComparison.h"

#include <QTest>

// All promotions side by side: chronological whatever the input order, closed ones labelled, exact
// amounts and the overspent one flagged.
class TestPromotionComparison : public QObject
{
    Q_OBJECT

private slots:
    void rowsInChronologicalOrder();
    void empty();
};

namespace {
Promotion promotion(int number, int year, qint64 envelopeEuros, PromotionStatus status)
{
    Promotion p;
    p.number = number;
    p.year = year;
    p.envelope = Money::fromEuros(envelopeEuros);
    p.status = status;
    return p;
}

Candidate laureate(qint64 grantedCents)
{
    Candidate c;
    c.decision = Decision::Laureate;
    c.granted = Money::fromCents(grantedCents);
    return c;
}
} // namespace

void TestPromotionComparison::rowsInChronologicalOrder()
{
    const QList<Promotion> promotions{
        promotion(14, 2024, 2400000, PromotionStatus::Open), promotion(11, 2022, 900000, PromotionStatus::Closed),
        promotion(13, 2023, 2550000, PromotionStatus::Closed), promotion(12, 2023, 1500000, PromotionStatus::Open)};
    QHash<int, QList<Candidate>> candidates;
    candidates.insert(11, {laureate(50000000), laureate(41200000)});
    candidates.insert(13, {laureate(255000000)});
    candidates.insert(12, {laureate(30000001)});
    const PromotionComparison comparison =
        PromotionComparison::compute(FundSummary::compute(promotions, candidates, {}));

    const QList<PromotionComparison::Row> &rows = comparison.rows();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).number, 11);
    QCOMPARE(rows.at(0).label, QStringLiteral("FAST11 (closed)"));
    QVERIFY(rows.at(0).closed);
    QCOMPARE(rows.at(0).envelope.cents(), Q_INT64_C(90000000));
    QCOMPARE(rows.at(0).granted.cents(), Q_INT64_C(91200000));
    QCOMPARE(rows.at(0).remaining().cents(), Q_INT64_C(-1200000));
    QVERIFY(rows.at(0).isOverspent());

    QCOMPARE(rows.at(1).number, 12);
    QCOMPARE(rows.at(1).label, QStringLiteral("FAST12"));
    QVERIFY(!rows.at(1).closed);
    QCOMPARE(rows.at(1).granted.cents(), Q_INT64_C(30000001));
    QVERIFY(!rows.at(1).isOverspent());

    QCOMPARE(rows.at(2).label, QStringLiteral("FAST13 (closed)"));
    QCOMPARE(rows.at(2).granted.cents(), Q_INT64_C(255000000));
    QCOMPARE(rows.at(2).remaining().cents(), Q_INT64_C(0));
    QVERIFY(!rows.at(2).isOverspent());

    QCOMPARE(rows.at(3).label, QStringLiteral("FAST14"));
    QCOMPARE(rows.at(3).granted.cents(), Q_INT64_C(0));
    QCOMPARE(comparison.largestAmount().cents(), Q_INT64_C(255000000));
}

void TestPromotionComparison::empty()
{
    const PromotionComparison comparison = PromotionComparison::compute(FundSummary::compute({}, {}, {}));
    QVERIFY(comparison.rows().isEmpty());
    QCOMPARE(comparison.largestAmount().cents(), Q_INT64_C(0));
}

QTEST_GUILESS_MAIN(TestPromotionComparison)
#include "tst_promotioncomparison.moc"
