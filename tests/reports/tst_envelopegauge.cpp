#include "reports/EnvelopeGauge.h"

#include <QTest>

// The promotion's gauge: the segments inside the envelope, the overspend beyond it, and its label in
// French form, to the cent.
class TestEnvelopeGauge : public QObject
{
    Q_OBJECT

private slots:
    void segments_data();
    void segments();
    void computeSumsLaureatesOnly();
    void overspendText();
};

void TestEnvelopeGauge::segments_data()
{
    QTest::addColumn<qint64>("envelope");
    QTest::addColumn<qint64>("consumed");
    QTest::addColumn<qint64>("proposed");
    QTest::addColumn<qint64>("consumedWithin");
    QTest::addColumn<qint64>("proposedWithin");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("overspend");

    // All amounts in cents.
    QTest::newRow("empty promotion") << Q_INT64_C(255000000) << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(0)
                                     << Q_INT64_C(0) << Q_INT64_C(255000000) << Q_INT64_C(0);
    QTest::newRow("consumed and proposed")
        << Q_INT64_C(240000000) << Q_INT64_C(60000000) << Q_INT64_C(85000001) << Q_INT64_C(60000000)
        << Q_INT64_C(85000001) << Q_INT64_C(94999999) << Q_INT64_C(0);
    QTest::newRow("exactly consumed") << Q_INT64_C(255000000) << Q_INT64_C(255000000) << Q_INT64_C(0)
                                      << Q_INT64_C(255000000) << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(0);
    QTest::newRow("overspent by decisions")
        << Q_INT64_C(90000000) << Q_INT64_C(91200000) << Q_INT64_C(0) << Q_INT64_C(90000000) << Q_INT64_C(0)
        << Q_INT64_C(0) << Q_INT64_C(1200000);
    QTest::newRow("overspent by the proposal")
        << Q_INT64_C(100000000) << Q_INT64_C(70000000) << Q_INT64_C(40000000) << Q_INT64_C(70000000)
        << Q_INT64_C(30000000) << Q_INT64_C(0) << Q_INT64_C(10000000);
    QTest::newRow("zero envelope") << Q_INT64_C(0) << Q_INT64_C(1) << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(0)
                                   << Q_INT64_C(0) << Q_INT64_C(1);
}

void TestEnvelopeGauge::segments()
{
    QFETCH(qint64, envelope);
    QFETCH(qint64, consumed);
    QFETCH(qint64, proposed);
    const EnvelopeGauge gauge(Money::fromCents(envelope), Money::fromCents(consumed), Money::fromCents(proposed));
    QTEST(gauge.consumedWithinEnvelope().cents(), "consumedWithin");
    QTEST(gauge.proposedWithinEnvelope().cents(), "proposedWithin");
    QTEST(gauge.remaining().cents(), "remaining");
    QTEST(gauge.overspend().cents(), "overspend");
    QFETCH(qint64, overspend);
    QCOMPARE(gauge.isOverspent(), overspend > 0);
    // The drawn bar is as long as the larger of the envelope and what is committed.
    QCOMPARE((gauge.consumedWithinEnvelope() + gauge.proposedWithinEnvelope() + gauge.remaining() + gauge.overspend())
                 .cents(),
             std::max(envelope, consumed + proposed));
}

void TestEnvelopeGauge::computeSumsLaureatesOnly()
{
    Promotion promotion;
    promotion.number = 14;
    promotion.envelope = Money::fromEuros(2400000);
    QList<Candidate> candidates;
    const QList<std::pair<Decision, qint64>> rows{
        {Decision::Laureate, 25000000}, {Decision::Laureate, 17500050}, {Decision::Waitlist, 0}, {Decision::None, 0}};
    for (const auto &[decision, cents] : rows) {
        Candidate candidate;
        candidate.decision = decision;
        candidate.granted = Money::fromCents(cents);
        candidates.append(candidate);
    }
    const EnvelopeGauge gauge = EnvelopeGauge::compute(promotion, candidates, Money::fromEuros(300000));
    QCOMPARE(gauge.envelope().cents(), Q_INT64_C(240000000));
    QCOMPARE(gauge.consumed().cents(), Q_INT64_C(42500050));
    QCOMPARE(gauge.proposed().cents(), Q_INT64_C(30000000));
    QCOMPARE(gauge.remaining().cents(), Q_INT64_C(240000000 - 42500050 - 30000000));
    QVERIFY(!gauge.isOverspent());
    QCOMPARE(gauge.overspendText(), QString());
}

void TestEnvelopeGauge::overspendText()
{
    const EnvelopeGauge gauge(Money::fromEuros(900000), Money::fromEuros(912000));
    QCOMPARE(gauge.overspendText(), QStringLiteral("Overspend: 12\u00A0000\u00A0€"));
}

QTEST_GUILESS_MAIN(TestEnvelopeGauge)
#include "tst_envelopegauge.moc"
