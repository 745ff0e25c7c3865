#include "domain/Money.h"
#include "reports/SpreadsheetNumber.h"

#include <QTest>

// A spreadsheet's number becomes the text the user saw, digit by digit and never through a double:
// rounded to the 15 significant digits a spreadsheet shows, with a decimal comma, so that Money::parse
// reads 250000 as 250 000 € to the cent and refuses what has more than two decimals.
class TestSpreadsheetNumber : public QObject
{
    Q_OBJECT

private slots:
    void toText_data();
    void toText();
    void serialDates_data();
    void serialDates();
};

void TestSpreadsheetNumber::toText_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // Money::parse(text) in cents, -1 when it refuses the text

    QTest::newRow("whole") << "250000"
                           << "250000" << Q_INT64_C(25000000);
    QTest::newRow("half euro") << "1234.5"
                               << "1234,5" << Q_INT64_C(123450);
    QTest::newRow("cents") << "199999.99"
                           << "199999,99" << Q_INT64_C(19999999);
    QTest::newRow("0.1+0.2") << "0.30000000000000004"
                             << "0,3" << Q_INT64_C(30);
    QTest::newRow("1.1*3") << "3.3000000000000003"
                           << "3,3" << Q_INT64_C(330);
    QTest::newRow("below") << "0.29999999999999999"
                           << "0,3" << Q_INT64_C(30);
    QTest::newRow("carry") << "99999.999999999999"
                           << "100000" << Q_INT64_C(10000000);
    QTest::newRow("exponent") << "2.5E+5"
                              << "250000" << Q_INT64_C(25000000);
    QTest::newRow("small exponent") << "1E-3"
                                    << "0,001" << Q_INT64_C(-1);
    QTest::newRow("three decimals") << "1234.567"
                                    << "1234,567" << Q_INT64_C(-1);
    QTest::newRow("leading zeros") << "007.50"
                                   << "7,5" << Q_INT64_C(750);
    QTest::newRow("zero") << "0"
                          << "0" << Q_INT64_C(0);
    QTest::newRow("negative") << "-12.5"
                              << "-12,5" << Q_INT64_C(-1);
    QTest::newRow("past the limit") << "1000000000000.01"
                                    << "1000000000000,01" << Q_INT64_C(-1);
    QTest::newRow("not a number") << "12a" << QString() << Q_INT64_C(-1);
    QTest::newRow("empty") << "" << QString() << Q_INT64_C(-1);
}

void TestSpreadsheetNumber::toText()
{
    QFETCH(QString, stored);
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QCOMPARE(SpreadsheetNumber::toText(stored), text);
    const Result<Money> money = Money::parse(text);
    QCOMPARE(money ? money.value().cents() : Q_INT64_C(-1), cents);
}

void TestSpreadsheetNumber::serialDates_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("iso");
    QTest::newRow("2026-03-15") << "46096" << false << "2026-03-15";
    QTest::newRow("with time") << "46096.75" << false << "2026-03-15T18:00:00";
    QTest::newRow("1900-03-01") << "61" << false << "1900-03-01";
    QTest::newRow("1900-02-28") << "59" << false << "1900-02-28";
    QTest::newRow("1904 system") << "0" << true << "1904-01-01";
    QTest::newRow("rounds to next day") << "46096.999999999" << false << "2026-03-16";
    QTest::newRow("negative") << "-1" << false << QString();
}

void TestSpreadsheetNumber::serialDates()
{
    QFETCH(QString, stored);
    QFETCH(bool, date1904);
    QFETCH(QString, iso);
    QCOMPARE(SpreadsheetNumber::serialToIsoDate(stored, date1904), iso);
}

QTEST_GUILESS_MAIN(TestSpreadsheetNumber)
#include "tst_spreadsheetnumber.moc"
