#include "domain/Score.h"

#include <QTest>

class TestScore : public QObject
{
    Q_OBJECT

private slots:
    void toFixedString_data();
    void toFixedString();
    void toDisplayString_data();
    void toDisplayString();
    void compare_data();
    void compare();
    void isBelow_data();
    void isBelow();
    void fromWeightedNotes();
};

void TestScore::toFixedString_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");

    QTest::newRow("73.35 half up to 73.4") << qint64(1467) << qint64(20) << 1 << QStringLiteral("73.4");
    QTest::newRow("73.25 half up to 73.3") << qint64(293) << qint64(4) << 1 << QStringLiteral("73.3");
    QTest::newRow("73.333 to 73.33") << qint64(1100) << qint64(15) << 2 << QStringLiteral("73.33");
    QTest::newRow("73.333 to 73.3") << qint64(1100) << qint64(15) << 1 << QStringLiteral("73.3");
    QTest::newRow("73.35 to 73.35") << qint64(1467) << qint64(20) << 2 << QStringLiteral("73.35");
    QTest::newRow("66.667 to 66.67") << qint64(200) << qint64(3) << 2 << QStringLiteral("66.67");
    QTest::newRow("0.125 to 0.13") << qint64(1) << qint64(8) << 2 << QStringLiteral("0.13");
    QTest::newRow("0.05 to 0.1") << qint64(1) << qint64(20) << 1 << QStringLiteral("0.1");
    QTest::newRow("0.04 to 0.0") << qint64(1) << qint64(25) << 1 << QStringLiteral("0.0");
    QTest::newRow("zero") << qint64(0) << qint64(15) << 1 << QStringLiteral("0.0");
    QTest::newRow("hundred") << qint64(1500) << qint64(15) << 2 << QStringLiteral("100.00");
    QTest::newRow("99.95 carries to 100.0") << qint64(1999) << qint64(20) << 1 << QStringLiteral("100.0");
    QTest::newRow("no decimals, half up") << qint64(1) << qint64(2) << 0 << QStringLiteral("1");
    QTest::newRow("negative half up in magnitude") << qint64(-1467) << qint64(20) << 1 << QStringLiteral("-73.4");
}

void TestScore::toFixedString()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(Score(numerator, denominator).toFixedString(decimals), text);
}

void TestScore::toDisplayString_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<QString>("text");

    QTest::newRow("73.35") << qint64(1467) << qint64(20) << QStringLiteral("73,4");
    QTest::newRow("73.333") << qint64(1100) << qint64(15) << QStringLiteral("73,3");
    QTest::newRow("67.45") << qint64(1349) << qint64(20) << QStringLiteral("67,5");
    QTest::newRow("59.95") << qint64(1199) << qint64(20) << QStringLiteral("60,0");
    QTest::newRow("100") << qint64(500) << qint64(5) << QStringLiteral("100,0");
    QTest::newRow("0") << qint64(0) << qint64(5) << QStringLiteral("0,0");
}

void TestScore::toDisplayString()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(QString, text);
    QCOMPARE(Score::displayDecimalMark(), QLatin1Char(','));
    QCOMPARE(Score(numerator, denominator).toDisplayString(), text);
    // The English interface's mark, the same rounding (issue 14: the English UI showed "90,0").
    Score::setDisplayDecimalMark(QLatin1Char('.'));
    QCOMPARE(Score(numerator, denominator).toDisplayString(),
             QString(text).replace(QLatin1Char(','), QLatin1Char('.')));
    Score::setDisplayDecimalMark(QLatin1Char(','));
}

void TestScore::compare_data()
{
    QTest::addColumn<Score>("left");
    QTest::addColumn<Score>("right");
    QTest::addColumn<int>("order");

    QTest::newRow("same value, other denominators") << Score(1100, 15) << Score(220, 3) << 0;
    QTest::newRow("60 from 3 members and from 2") << Score(900, 15) << Score(600, 10) << 0;
    QTest::newRow("both shown 73,3 but not equal") << Score(1100, 15) << Score(1465, 20) << 1;
    QTest::newRow("73.35 below 73.5") << Score(1467, 20) << Score(735, 10) << -1;
    QTest::newRow("one 45th apart") << Score(3001, 45) << Score(3000, 45) << 1;
    QTest::newRow("largest sums") << Score(500 * 1000, 5 * 1000) << Score(500 * 999, 5 * 999) << 0;
}

void TestScore::compare()
{
    QFETCH(Score, left);
    QFETCH(Score, right);
    QFETCH(int, order);
    QCOMPARE(left.compare(right), order);
    QCOMPARE(right.compare(left), -order);
    QCOMPARE(left == right, order == 0);
    QCOMPARE(left != right, order != 0);
    QCOMPARE(left < right, order < 0);
    QCOMPARE(left <= right, order <= 0);
    QCOMPARE(left > right, order > 0);
    QCOMPARE(left >= right, order >= 0);
}

void TestScore::isBelow_data()
{
    QTest::addColumn<Score>("score");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("below");

    QTest::newRow("73.35 vs 73") << Score(1467, 20) << 73 << false;
    QTest::newRow("73.35 vs 74") << Score(1467, 20) << 74 << true;
    QTest::newRow("exactly 73") << Score(365, 5) << 73 << false;
    QTest::newRow("59.95, shown 60,0, vs 60") << Score(1199, 20) << 60 << true;
    QTest::newRow("0 vs minimum 0") << Score(0, 5) << 0 << false;
}

void TestScore::isBelow()
{
    QFETCH(Score, score);
    QFETCH(int, threshold);
    QFETCH(bool, below);
    QCOMPARE(score.isBelow(threshold), below);
}

void TestScore::fromWeightedNotes()
{
    const Score score = Score::fromWeightedNotes(1100, 3);
    QCOMPARE(score.numerator(), qint64(1100));
    QCOMPARE(score.denominator(), qint64(15));
    QCOMPARE(score.toFixedString(2), QStringLiteral("73.33"));
    QCOMPARE(Score().toFixedString(1), QStringLiteral("0.0"));
}

QTEST_GUILESS_MAIN(TestScore)
#include "tst_score.moc"
