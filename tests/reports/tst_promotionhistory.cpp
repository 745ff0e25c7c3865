#include "reports/PromotionHistory.h"

#include "PromotionArchiveFixture.h"

#include <QTest>

class TestPromotionHistory : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void chronologicalOrder();
    void meanGrant_data();
    void meanGrant();
    void emptyArchive();
};

void TestPromotionHistory::rows_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("candidates");
    QTest::addColumn<int>("productCandidates");
    QTest::addColumn<int>("incubatorCandidates");
    QTest::addColumn<int>("laureates");
    QTest::addColumn<int>("productLaureates");
    QTest::addColumn<int>("incubatorLaureates");
    QTest::addColumn<qint64>("envelope");
    QTest::addColumn<qint64>("granted");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("meanGrant");

    QTest::newRow("FAST10 without candidates") << 0 << 10 << 2021 << true << 0 << 0 << 0 << 0 << 0 << 0
                                               << qint64(80000000) << qint64(0) << qint64(80000000) << qint64(0);
    // (20 000 000 + 15 000 001) / 2 = 17 500 000.5 cents: half up.
    QTest::newRow("FAST11 with an incubator")
        << 1 << 11 << 2022 << true << 3 << 2 << 1 << 2 << 1 << 1 << qint64(100000000) << qint64(35000001)
        << qint64(64999999) << qint64(17500001);
    QTest::newRow("FAST12") << 2 << 12 << 2023 << true << 2 << 2 << 0 << 1 << 1 << 0 << qint64(50000000)
                            << qint64(30000000) << qint64(20000000) << qint64(30000000);
    QTest::newRow("FAST13 overspent and open")
        << 3 << 13 << 2023 << false << 2 << 2 << 0 << 1 << 1 << 0 << qint64(20000000) << qint64(25000000)
        << qint64(-5000000) << qint64(25000000);
}

void TestPromotionHistory::rows()
{
    QFETCH(int, index);
    const PromotionHistory history = PromotionHistory::compute(PromotionArchiveFixture::archive());
    QCOMPARE(history.rows().size(), 4);
    const PromotionHistory::Row &row = history.rows().at(index);
    QTEST(row.number, "number");
    QTEST(row.year, "year");
    QTEST(row.isClosed(), "closed");
    QTEST(row.candidates, "candidates");
    QTEST(row.productCandidates, "productCandidates");
    QTEST(row.incubatorCandidates, "incubatorCandidates");
    QTEST(row.laureates, "laureates");
    QTEST(row.productLaureates, "productLaureates");
    QTEST(row.incubatorLaureates, "incubatorLaureates");
    QTEST(row.envelope.cents(), "envelope");
    QTEST(row.granted.cents(), "granted");
    QTEST(row.remaining().cents(), "remaining");
    QTEST(row.meanGrant().cents(), "meanGrant");
}

void TestPromotionHistory::chronologicalOrder()
{
    // Two promotions of one year keep their numbers' order; years come first.
    PromotionArchive archive = PromotionArchive::fromEntries(
        {PromotionArchive::Entry{PromotionArchiveFixture::promotion(9, 2024, 1, false), {}, {}},
         PromotionArchive::Entry{PromotionArchiveFixture::promotion(15, 2023, 1, false), {}, {}},
         PromotionArchive::Entry{PromotionArchiveFixture::promotion(14, 2023, 1, false), {}, {}}});
    const PromotionHistory history = PromotionHistory::compute(archive);
    QList<int> numbers;
    for (const PromotionHistory::Row &row : history.rows())
        numbers.append(row.number);
    QCOMPARE(numbers, QList<int>({14, 15, 9}));
}

void TestPromotionHistory::meanGrant_data()
{
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("meanCents");
    QTest::newRow("exact") << qint64(255000000) << 10 << qint64(25500000);
    QTest::newRow("a third rounds down") << qint64(100) << 3 << qint64(33);
    QTest::newRow("two thirds round up") << qint64(200) << 3 << qint64(67);
    QTest::newRow("a half rounds up") << qint64(1) << 2 << qint64(1);
    QTest::newRow("just under a half") << qint64(4) << 9 << qint64(0);
    QTest::newRow("no laureates") << qint64(500) << 0 << qint64(0);
    QTest::newRow("nothing") << qint64(0) << 0 << qint64(0);
}

void TestPromotionHistory::meanGrant()
{
    QFETCH(qint64, totalCents);
    QFETCH(int, count);
    QTEST(PromotionHistory::meanGrant(Money::fromCents(totalCents), count).cents(), "meanCents");
}

void TestPromotionHistory::emptyArchive()
{
    QVERIFY(PromotionHistory::compute(PromotionArchive()).rows().isEmpty());
}

QTEST_GUILESS_MAIN(TestPromotionHistory)
#include "tst_promotionhistory.moc"
