#include "reports/PromotionSideBySide.h"

#include "PromotionArchiveFixture.h"

#include <QTest>

class TestPromotionSideBySide : public QObject
{
    Q_OBJECT

private slots:
    void lines();
    void titles();
    void withoutLaureatesTheMeanIsADash();
    void unknownPromotionLeavesItsColumnEmpty();
};

namespace {

// French amounts as Money::toString writes them: '~' stands for the no-break space.
QString nb(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('~'), QChar(0x00A0));
}

QStringList describe(const PromotionSideBySide &comparison)
{
    QStringList rows;
    for (const PromotionSideBySide::Line &line : comparison.lines())
        rows.append(line.label + QLatin1Char('|') + line.left + QLatin1Char('|') + line.right);
    return rows;
}

} // namespace

void TestPromotionSideBySide::lines()
{
    const PromotionSideBySide comparison = PromotionSideBySide::compare(PromotionArchiveFixture::archive(), 11, 13);
    const QStringList expected{
        QStringLiteral("Candidates|3|2"),
        QStringLiteral("Candidates: products|2|2"),
        QStringLiteral("Candidates: incubators|1|0"),
        QStringLiteral("Laureates|2|1"),
        QStringLiteral("Laureates: products|1|1"),
        QStringLiteral("Laureates: incubators|1|0"),
        nb("Envelope|1~000~000~€|200~000~€"),
        nb("Granted|350~000,01~€|250~000~€"),
        // Overspent: negative, shown.
        nb("Remaining|649~999,99~€|-50~000~€"),
        nb("Mean grant per laureate|175~000,01~€|250~000~€"),
    };
    QCOMPARE(describe(comparison), expected);
}

void TestPromotionSideBySide::titles()
{
    const PromotionSideBySide comparison = PromotionSideBySide::compare(PromotionArchiveFixture::archive(), 12, 13);
    QCOMPARE(comparison.leftTitle(), QStringLiteral("FAST12 (2023, closed)"));
    QCOMPARE(comparison.rightTitle(), QStringLiteral("FAST13 (2023)"));
}

void TestPromotionSideBySide::withoutLaureatesTheMeanIsADash()
{
    const PromotionSideBySide comparison = PromotionSideBySide::compare(PromotionArchiveFixture::archive(), 10, 12);
    const PromotionSideBySide::Line &mean = comparison.lines().constLast();
    QCOMPARE(mean.left, QStringLiteral("—"));
    QCOMPARE(mean.right, nb("300~000~€"));
    QCOMPARE(comparison.lines().at(0).left, QStringLiteral("0"));
}

void TestPromotionSideBySide::unknownPromotionLeavesItsColumnEmpty()
{
    const PromotionSideBySide comparison = PromotionSideBySide::compare(PromotionArchiveFixture::archive(), 13, 99);
    QCOMPARE(comparison.rightTitle(), QString());
    QCOMPARE(comparison.lines().size(), 10);
    for (const PromotionSideBySide::Line &line : comparison.lines())
        QVERIFY2(line.right.isEmpty(), qPrintable(line.label));
    QCOMPARE(comparison.lines().at(0).left, QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestPromotionSideBySide)
#include "tst_promotionsidebyside.moc"
