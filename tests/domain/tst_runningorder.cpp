#include "domain/RunningOrder.h"

#include <QTest>

// The order of the hearings: the ranking's by default, the secretariat's merged with the promotion as it
// stands (gone candidates dropped, new ones last), next and previous stopping at the ends, and the current
// candidate kept through a change.
class TestRunningOrder : public QObject
{
    Q_OBJECT

private slots:
    void merged_data();
    void merged();
    void nextAndPrevious();
    void currentSurvivesAChange();
};

using Ids = QList<qint64>;

void TestRunningOrder::merged_data()
{
    QTest::addColumn<Ids>("ranking");
    QTest::addColumn<Ids>("saved");
    QTest::addColumn<Ids>("expected");
    QTest::newRow("no saved order") << Ids{3, 1, 2} << Ids{} << Ids{3, 1, 2};
    QTest::newRow("saved order") << Ids{3, 1, 2} << Ids{2, 3, 1} << Ids{2, 3, 1};
    QTest::newRow("one withdrawn") << Ids{3, 2} << Ids{2, 1, 3} << Ids{2, 3};
    QTest::newRow("one added") << Ids{3, 1, 4, 2} << Ids{2, 3, 1} << Ids{2, 3, 1, 4};
    QTest::newRow("twice saved") << Ids{1, 2} << Ids{2, 2, 1} << Ids{2, 1};
}

void TestRunningOrder::merged()
{
    QFETCH(Ids, ranking);
    QFETCH(Ids, saved);
    QFETCH(Ids, expected);
    QCOMPARE(RunningOrder::merged(ranking, saved), expected);
    RunningOrder order;
    order.setCandidates(ranking, saved);
    QCOMPARE(order.order(), expected);
    QCOMPARE(order.isCustom(), expected != ranking);
}

void TestRunningOrder::nextAndPrevious()
{
    RunningOrder order;
    QCOMPARE(order.currentIndex(), -1);
    QCOMPARE(order.current(), qint64(0));
    QVERIFY(!order.next());
    QVERIFY(!order.previous());
    order.setCandidates({10, 20, 30}, {30, 10, 20});
    QCOMPARE(order.current(), qint64(30));
    QVERIFY(!order.previous());
    QVERIFY(order.next());
    QCOMPARE(order.current(), qint64(10));
    QVERIFY(order.next());
    QCOMPARE(order.current(), qint64(20));
    QCOMPARE(order.currentIndex(), 2);
    QVERIFY(!order.next());
    QCOMPARE(order.current(), qint64(20));
    QVERIFY(order.previous());
    QCOMPARE(order.current(), qint64(10));
    QVERIFY(order.setCurrent(30));
    QCOMPARE(order.currentIndex(), 0);
    QVERIFY(!order.setCurrent(99));
}

void TestRunningOrder::currentSurvivesAChange()
{
    RunningOrder order;
    order.setCandidates({1, 2, 3}, {});
    QVERIFY(order.next());
    QCOMPARE(order.current(), qint64(2));
    // A new candidate, and a new order: still hearing 2.
    order.setCandidates({1, 2, 3, 4}, {4, 3, 2, 1});
    QCOMPARE(order.current(), qint64(2));
    QCOMPARE(order.currentIndex(), 2);
    // 2 withdrawn: back to the first.
    order.setCandidates({1, 3}, {});
    QCOMPARE(order.current(), qint64(1));
}

QTEST_GUILESS_MAIN(TestRunningOrder)
#include "tst_runningorder.moc"
