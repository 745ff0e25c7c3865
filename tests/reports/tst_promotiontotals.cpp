#include "reports/PromotionTotals.h"

#include <QTest>

// The footer's figures: totals of requested and eligible (under the promotion's own rule), what the
// laureates consume, what remains of the envelope and by how much it is overspent.
class TestPromotionTotals : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void withoutPromotion();
    void shownCountIsKept();
};

namespace {

// Laureates are the candidates with a granted amount; the others have no decision.
QList<Candidate> makeCandidates(const QList<qint64> &budgets, const QList<qint64> &requested,
                                const QList<qint64> &granted)
{
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < budgets.size(); ++i) {
        Candidate candidate;
        candidate.id = i + 1;
        candidate.name = QStringLiteral("Candidat %1").arg(i + 1);
        candidate.annualBudget = Money::fromEuros(budgets.at(i));
        candidate.requested = Money::fromEuros(requested.at(i));
        if (granted.at(i) > 0) {
            candidate.decision = Decision::Laureate;
            candidate.granted = Money::fromEuros(granted.at(i));
        }
        candidates.append(candidate);
    }
    return candidates;
}

} // namespace

void TestPromotionTotals::compute_data()
{
    QTest::addColumn<int>("ratePercent");
    QTest::addColumn<qint64>("capEuros");
    QTest::addColumn<qint64>("envelopeEuros");
    QTest::addColumn<QList<qint64>>("budgets");
    QTest::addColumn<QList<qint64>>("requested");
    QTest::addColumn<QList<qint64>>("granted");
    QTest::addColumn<qint64>("requestedTotal");
    QTest::addColumn<qint64>("eligibleTotal");
    QTest::addColumn<qint64>("consumed");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("overspentBy");

    QTest::newRow("no candidates") << 50 << qint64(300000) << qint64(2550000) << QList<qint64>() << QList<qint64>()
                                   << QList<qint64>() << qint64(0) << qint64(0) << qint64(0) << qint64(2550000)
                                   << qint64(0);
    // 50 % of 1 200 000 is 600 000, capped at 300 000; 50 % of 400 000 is 200 000, under the 250 000 asked.
    QTest::newRow("rate and cap limit the eligible")
        << 50 << qint64(300000) << qint64(1000000) << QList<qint64>{1200000, 400000} << QList<qint64>{500000, 250000}
        << QList<qint64>{0, 0} << qint64(750000) << qint64(500000) << qint64(0) << qint64(1000000) << qint64(0);
    QTest::newRow("the promotion's own rule")
        << 80 << qint64(100000) << qint64(1000000) << QList<qint64>{1200000, 100000} << QList<qint64>{500000, 60000}
        << QList<qint64>{0, 0} << qint64(560000) << qint64(160000) << qint64(0) << qint64(1000000) << qint64(0);
    QTest::newRow("laureates consume") << 50 << qint64(300000) << qint64(900000)
                                       << QList<qint64>{1000000, 1000000, 1000000}
                                       << QList<qint64>{300000, 300000, 300000} << QList<qint64>{250000, 0, 300000}
                                       << qint64(900000) << qint64(900000) << qint64(550000) << qint64(350000)
                                       << qint64(0);
    QTest::newRow("exactly spent") << 50 << qint64(300000) << qint64(550000) << QList<qint64>{1000000, 1000000}
                                   << QList<qint64>{300000, 300000} << QList<qint64>{250000, 300000} << qint64(600000)
                                   << qint64(600000) << qint64(550000) << qint64(0) << qint64(0);
    QTest::newRow("overspent") << 50 << qint64(300000) << qint64(500000) << QList<qint64>{1000000, 1000000}
                               << QList<qint64>{300000, 300000} << QList<qint64>{250000, 300000} << qint64(600000)
                               << qint64(600000) << qint64(550000) << qint64(-50000) << qint64(50000);
}

void TestPromotionTotals::compute()
{
    QFETCH(int, ratePercent);
    QFETCH(qint64, capEuros);
    QFETCH(qint64, envelopeEuros);
    QFETCH(QList<qint64>, budgets);
    QFETCH(QList<qint64>, requested);
    QFETCH(QList<qint64>, granted);
    QFETCH(qint64, requestedTotal);
    QFETCH(qint64, eligibleTotal);
    QFETCH(qint64, consumed);
    QFETCH(qint64, remaining);
    QFETCH(qint64, overspentBy);

    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(envelopeEuros);
    promotion.rule = CofinancingRule(ratePercent, Money::fromEuros(capEuros));
    const QList<Candidate> candidates = makeCandidates(budgets, requested, granted);
    const PromotionTotals totals = PromotionTotals::compute(promotion, candidates, int(candidates.size()));

    QCOMPARE(totals.candidateCount, int(budgets.size()));
    QCOMPARE(totals.shownCount, int(budgets.size()));
    QCOMPARE(totals.requested, Money::fromEuros(requestedTotal));
    QCOMPARE(totals.eligible, Money::fromEuros(eligibleTotal));
    QCOMPARE(totals.envelope, Money::fromEuros(envelopeEuros));
    QCOMPARE(totals.consumed, Money::fromEuros(consumed));
    QCOMPARE(totals.remaining(), Money::fromEuros(remaining));
    QCOMPARE(totals.overspent(), remaining < 0);
    QCOMPARE(totals.overspentBy(), Money::fromEuros(overspentBy));
}

void TestPromotionTotals::withoutPromotion()
{
    const PromotionTotals totals = PromotionTotals::compute(std::nullopt, {}, 0);
    QCOMPARE(totals.candidateCount, 0);
    QCOMPARE(totals.shownCount, 0);
    QCOMPARE(totals.requested, Money());
    QCOMPARE(totals.eligible, Money());
    QCOMPARE(totals.envelope, Money());
    QCOMPARE(totals.consumed, Money());
    QCOMPARE(totals.remaining(), Money());
    QVERIFY(!totals.overspent());
}

void TestPromotionTotals::shownCountIsKept()
{
    Promotion promotion;
    promotion.envelope = Money::fromEuros(100000);
    const QList<Candidate> candidates = makeCandidates({400000, 400000, 400000}, {100000, 100000, 100000}, {0, 0, 0});
    // A search shows one of three: the totals stay those of every candidate.
    const PromotionTotals totals = PromotionTotals::compute(promotion, candidates, 1);
    QCOMPARE(totals.candidateCount, 3);
    QCOMPARE(totals.shownCount, 1);
    QCOMPARE(totals.requested, Money::fromEuros(300000));
    QCOMPARE(totals.eligible, Money::fromEuros(300000));
}

QTEST_GUILESS_MAIN(TestPromotionTotals)
#include "tst_promotiontotals.moc"
