#include "domain/OpeningKey.h"

#include <QTest>

// The opening key of rules.md "After the decision": the 2021 seed, floor per tranche with the remainder cent on
// the last, and the percentages read and written in basis points.
class TestOpeningKey : public QObject
{
    Q_OBJECT

private slots:
    void seededIs2021();
    void split_data();
    void split();
    void parsePercent_data();
    void parsePercent();
    void validate_data();
    void validate();
    void percentText_data();
    void percentText();
};

void TestOpeningKey::seededIs2021()
{
    const OpeningKey key = OpeningKey::seeded(2027);
    QCOMPARE(key.year, 2027);
    QCOMPARE(key.firstBasisPoints, 7893);
    QCOMPARE(key.secondBasisPoints(), 2107);
}

void TestOpeningKey::split_data()
{
    QTest::addColumn<int>("firstBasisPoints");
    QTest::addColumn<qint64>("commitment");
    QTest::addColumn<QList<qint64>>("tranches");

    // The issue's own figure: 300 000 € → 236 790 € + 63 210 €, to the cent.
    QTest::newRow("300 000 € at 78,93 %")
        << 7893 << Q_INT64_C(30000000) << QList<qint64>{Q_INT64_C(23679000), Q_INT64_C(6321000)};
    // 123 456,78 € × 78,93 % = 97 444,436... → 97 444,43 €; the rest 26 012,35 € takes the remainder cent.
    QTest::newRow("remainder cent on the last")
        << 7893 << Q_INT64_C(12345678) << QList<qint64>{Q_INT64_C(9744443), Q_INT64_C(2601235)};
    QTest::newRow("one cent") << 7893 << Q_INT64_C(1) << QList<qint64>{Q_INT64_C(0), Q_INT64_C(1)};
    QTest::newRow("3 cents at 50 %") << 5000 << Q_INT64_C(3) << QList<qint64>{Q_INT64_C(1), Q_INT64_C(2)};
    QTest::newRow("100 %: one tranche") << 10000 << Q_INT64_C(30000000) << QList<qint64>{Q_INT64_C(30000000)};
    QTest::newRow("nothing committed") << 7893 << Q_INT64_C(0) << QList<qint64>{};
    QTest::newRow("largest amount") << 7893 << Money::maximumCents
                                    << QList<qint64>{Q_INT64_C(78930000000000), Q_INT64_C(21070000000000)};
}

void TestOpeningKey::split()
{
    QFETCH(int, firstBasisPoints);
    QFETCH(qint64, commitment);
    QFETCH(QList<qint64>, tranches);
    OpeningKey key = OpeningKey::seeded(2026);
    key.firstBasisPoints = firstBasisPoints;
    QList<qint64> cents;
    for (const Money amount : key.split(Money::fromCents(commitment)))
        cents.append(amount.cents());
    QCOMPARE(cents, tranches);
}

void TestOpeningKey::parsePercent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("error");

    QTest::newRow("comma") << QStringLiteral("78,93") << 7893 << QString();
    QTest::newRow("point") << QStringLiteral("78.93") << 7893 << QString();
    QTest::newRow("sign") << QStringLiteral("78,93 %") << 7893 << QString();
    QTest::newRow("one decimal") << QStringLiteral("60,5") << 6050 << QString();
    QTest::newRow("whole") << QStringLiteral("100") << 10000 << QString();
    QTest::newRow("three decimals")
        << QStringLiteral("78,935") << 0
        << QStringLiteral("\"78,935\" is not a percentage: write it with at most two decimals, as 78,93.");
    QTest::newRow("above 100") << QStringLiteral("100,01") << 0 << QStringLiteral("100,01 is more than 100 %.");
    QTest::newRow("negative") << QStringLiteral("-5") << 0
                              << QStringLiteral(
                                     "\"-5\" is not a percentage: write it with at most two decimals, as 78,93.");
    QTest::newRow("text") << QStringLiteral("most") << 0
                          << QStringLiteral(
                                 "\"most\" is not a percentage: write it with at most two decimals, as 78,93.");
}

void TestOpeningKey::parsePercent()
{
    QFETCH(QString, text);
    QFETCH(int, basisPoints);
    QFETCH(QString, error);
    const Result<int> parsed = OpeningKey::parsePercent(text);
    QCOMPARE(parsed.ok(), error.isEmpty());
    if (parsed)
        QCOMPARE(parsed.value(), basisPoints);
    else
        QCOMPARE(parsed.error(), error);
}

void TestOpeningKey::validate_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("firstBasisPoints");
    QTest::addColumn<QString>("error");

    QTest::newRow("seed") << 2026 << 7893 << QString();
    QTest::newRow("all at signature") << 2026 << 10000 << QString();
    QTest::newRow("nothing at signature")
        << 2026 << 0
        << QStringLiteral("The opening key of 2026: the first tranche's share is 0 %; "
                          "it must be more than 0 % and at most 100 %.");
    QTest::newRow("year") << 1999 << 7893 << QStringLiteral("The opening key's year 1999 is outside 2000–2100.");
}

void TestOpeningKey::validate()
{
    QFETCH(int, year);
    QFETCH(int, firstBasisPoints);
    QFETCH(QString, error);
    OpeningKey key;
    key.year = year;
    key.firstBasisPoints = firstBasisPoints;
    const Outcome valid = key.validate();
    QCOMPARE(valid.error(), error);
}

void TestOpeningKey::percentText_data()
{
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("text");
    QTest::newRow("seed") << 7893 << QStringLiteral("78,93 %");
    QTest::newRow("rest") << 2107 << QStringLiteral("21,07 %");
    QTest::newRow("whole") << 10000 << QStringLiteral("100 %");
    QTest::newRow("tenths") << 6050 << QStringLiteral("60,50 %");
    QTest::newRow("small") << 5 << QStringLiteral("0,05 %");
}

void TestOpeningKey::percentText()
{
    QFETCH(int, basisPoints);
    QFETCH(QString, text);
    QCOMPARE(OpeningKey::percentText(basisPoints), text);
}

QTEST_GUILESS_MAIN(TestOpeningKey)
#include "tst_openingkey.moc"
