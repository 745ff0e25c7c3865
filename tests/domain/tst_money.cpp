#include "domain/Money.h"

#include <QTest>

// Every accepted and every rejected form of rules.md "Money", and the French formatter.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseAccepted_data();
    void parseAccepted();
    void parseRejected_data();
    void parseRejected();
    void format_data();
    void format();
    void plainRoundTrip_data();
    void plainRoundTrip();
    void arithmetic();
};

void TestMoney::parseAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("plain digits") << QStringLiteral("300000") << Q_INT64_C(30000000);
    QTest::newRow("zero") << QStringLiteral("0") << Q_INT64_C(0);
    QTest::newRow("leading zeros") << QStringLiteral("000150") << Q_INT64_C(15000);
    QTest::newRow("space groups") << QStringLiteral("300 000") << Q_INT64_C(30000000);
    QTest::newRow("no-break space groups") << QStringLiteral("1\u00A0234\u00A0567") << Q_INT64_C(123456700);
    QTest::newRow("narrow no-break space groups") << QStringLiteral("1\u202F234\u202F567") << Q_INT64_C(123456700);
    QTest::newRow("mixed space kinds") << QStringLiteral("1 234\u00A0567") << Q_INT64_C(123456700);
    QTest::newRow("point groups") << QStringLiteral("1.000") << Q_INT64_C(100000);
    QTest::newRow("point groups, millions") << QStringLiteral("2.550.000") << Q_INT64_C(255000000);
    QTest::newRow("decimal comma, two digits") << QStringLiteral("1 234 567,89") << Q_INT64_C(123456789);
    QTest::newRow("decimal comma, one digit") << QStringLiteral("12,5") << Q_INT64_C(1250);
    QTest::newRow("point groups and decimal comma") << QStringLiteral("1.234.567,89") << Q_INT64_C(123456789);
    QTest::newRow("decimal point, one digit") << QStringLiteral("1000.5") << Q_INT64_C(100050);
    QTest::newRow("decimal point, two digits") << QStringLiteral("0.03") << Q_INT64_C(3);
    QTest::newRow("euro sign") << QStringLiteral("300 000 €") << Q_INT64_C(30000000);
    QTest::newRow("euro sign, no space") << QStringLiteral("300000€") << Q_INT64_C(30000000);
    QTest::newRow("euro sign, no-break space") << QStringLiteral("300\u00A0000\u00A0€") << Q_INT64_C(30000000);
    QTest::newRow("euro sign first") << QStringLiteral("€ 1 000") << Q_INT64_C(100000);
    QTest::newRow("EUR") << QStringLiteral("2 550 000 EUR") << Q_INT64_C(255000000);
    QTest::newRow("eur lower case") << QStringLiteral("12,50 eur") << Q_INT64_C(1250);
    QTest::newRow("surrounding blanks") << QStringLiteral("  42  ") << Q_INT64_C(4200);
    QTest::newRow("maximum, 10^12 euros") << QStringLiteral("1 000 000 000 000") << Q_INT64_C(100000000000000);
    QTest::newRow("cents only") << QStringLiteral("0,01 €") << Q_INT64_C(1);
}

void TestMoney::parseAccepted()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const Result<Money> parsed = Money::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().cents(), cents);
}

void TestMoney::parseRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << QStringLiteral("The amount is empty.");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("The amount is empty.");
    QTest::newRow("currency only") << QStringLiteral("€") << QStringLiteral("The amount \"€\" has no digits.");
    QTest::newRow("negative") << QStringLiteral("-5 000")
                              << QStringLiteral("The amount \"-5 000\" is negative: amounts must be zero or more.");
    QTest::newRow("negative with minus sign")
        << QStringLiteral("\u22125")
        << QStringLiteral("The amount \"\u22125\" is negative: amounts must be zero or more.");
    QTest::newRow("letters")
        << QStringLiteral("12k")
        << QStringLiteral(
               "The amount \"12k\" contains letters: only digits, spaces, a decimal comma and € are accepted.");
    QTest::newRow("words")
        << QStringLiteral("trois cents")
        << QStringLiteral(
               "The amount \"trois cents\" contains letters: only digits, spaces, a decimal comma and € are accepted.");
    QTest::newRow("other currency") << QStringLiteral("$300")
                                    << QStringLiteral("The amount \"$300\" contains the unexpected character \"$\".");
    QTest::newRow("plus sign") << QStringLiteral("+300")
                               << QStringLiteral("The amount \"+300\" contains the unexpected character \"+\".");
    QTest::newRow("three decimals after comma is ambiguous")
        << QStringLiteral("300,000")
        << QStringLiteral("The amount \"300,000\" is ambiguous: a comma followed by three digits could group "
                          "thousands. Write \"300 000\" for thousands or use at most two decimals.");
    QTest::newRow("more than two decimals, comma")
        << QStringLiteral("12,3456") << QStringLiteral("The amount \"12,3456\" has more than two decimals.");
    QTest::newRow("more than two decimals, point")
        << QStringLiteral("1.5000") << QStringLiteral("The amount \"1.5000\" has more than two decimals.");
    QTest::newRow("two decimal commas") << QStringLiteral("1,000,00")
                                        << QStringLiteral("The amount \"1,000,00\" has more than one decimal comma.");
    QTest::newRow("comma without digits")
        << QStringLiteral("12,")
        << QStringLiteral("The amount \"12,\" must have one or two digits after its decimal comma.");
    QTest::newRow("no euros before comma")
        << QStringLiteral(",50") << QStringLiteral("The amount \",50\" must start with a digit.");
    QTest::newRow("decimal point beside spaces")
        << QStringLiteral("1 000.50")
        << QStringLiteral("The amount \"1 000.50\" uses a decimal point beside other separators: write the decimals "
                          "after a comma, as in \"1 000,50\".");
    QTest::newRow("decimal point beside point groups")
        << QStringLiteral("1.000.5")
        << QStringLiteral("The amount \"1.000.5\" uses a decimal point beside other separators: write the decimals "
                          "after a comma, as in \"1 000,50\".");
    QTest::newRow("bad group size") << QStringLiteral("12 34")
                                    << QStringLiteral(
                                           "The amount \"12 34\" groups its thousands wrongly: after the first group, "
                                           "each group has exactly three digits, as in \"1 234 567\".");
    QTest::newRow("first group too long")
        << QStringLiteral("1000.123")
        << QStringLiteral("The amount \"1000.123\" groups its thousands wrongly: after the first group, each group has "
                          "exactly three digits, as in \"1 234 567\".");
    QTest::newRow("double space") << QStringLiteral("1  000")
                                  << QStringLiteral(
                                         "The amount \"1  000\" groups its thousands wrongly: after the first group, "
                                         "each group has exactly three digits, as in \"1 234 567\".");
    QTest::newRow("spaces and points mixed")
        << QStringLiteral("1 000.000")
        << QStringLiteral("The amount \"1 000.000\" mixes spaces and points to group thousands: use one of them.");
    QTest::newRow("over 10^12 euros")
        << QStringLiteral("1 000 000 000 001")
        << QStringLiteral(
               "The amount \"1 000 000 000 001\" is more than 1\u00A0000\u00A0000\u00A0000\u00A0000\u00A0€.");
    QTest::newRow("10^12 euros and a cent")
        << QStringLiteral("1000000000000,01")
        << QStringLiteral("The amount \"1000000000000,01\" is more than 1\u00A0000\u00A0000\u00A0000\u00A0000\u00A0€.");
    QTest::newRow("10^13 euros")
        << QStringLiteral("10000000000000")
        << QStringLiteral("The amount \"10000000000000\" is more than 1\u00A0000\u00A0000\u00A0000\u00A0000\u00A0€.");
    QTest::newRow("beyond 64 bits")
        << QStringLiteral("99999999999999999999999")
        << QStringLiteral(
               "The amount \"99999999999999999999999\" is more than 1\u00A0000\u00A0000\u00A0000\u00A0000\u00A0€.");
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0661\u0662")
        << QStringLiteral("The amount \"\u0661\u0662\" contains the unexpected character \"\u0661\".");
}

void TestMoney::parseRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<Money> parsed = Money::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), message);
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << Q_INT64_C(0) << QStringLiteral("0\u00A0€");
    QTest::newRow("one cent") << Q_INT64_C(1) << QStringLiteral("0,01\u00A0€");
    QTest::newRow("hundreds") << Q_INT64_C(99900) << QStringLiteral("999\u00A0€");
    QTest::newRow("cap") << Q_INT64_C(30000000) << QStringLiteral("300\u00A0000\u00A0€");
    QTest::newRow("cents shown when not zero")
        << Q_INT64_C(123456789) << QStringLiteral("1\u00A0234\u00A0567,89\u00A0€");
    QTest::newRow("ten cents") << Q_INT64_C(1010) << QStringLiteral("10,10\u00A0€");
    QTest::newRow("FAST13") << Q_INT64_C(255000000) << QStringLiteral("2\u00A0550\u00A0000\u00A0€");
    QTest::newRow("negative remaining") << Q_INT64_C(-1250000) << QStringLiteral("-12\u00A0500\u00A0€");
    QTest::newRow("maximum") << Q_INT64_C(100000000000000)
                             << QStringLiteral("1\u00A0000\u00A0000\u00A0000\u00A0000\u00A0€");
}

void TestMoney::format()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::fromCents(cents).toString(), text);
    // The formatter's output is always accepted back by the parser.
    if (cents >= 0)
        QCOMPARE(Money::parse(text).value().cents(), cents);
}

void TestMoney::plainRoundTrip_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("plain");
    QTest::newRow("whole") << Q_INT64_C(30000000) << QStringLiteral("300000");
    QTest::newRow("cents") << Q_INT64_C(123456789) << QStringLiteral("1234567.89");
    QTest::newRow("five cents") << Q_INT64_C(5) << QStringLiteral("0.05");
    QTest::newRow("fifty cents") << Q_INT64_C(100050) << QStringLiteral("1000.50");
}

void TestMoney::plainRoundTrip()
{
    QFETCH(qint64, cents);
    QFETCH(QString, plain);
    QCOMPARE(Money::fromCents(cents).toPlainString(), plain);
    QCOMPARE(Money::parse(plain).value().cents(), cents);
}

void TestMoney::arithmetic()
{
    Money total = Money::fromEuros(2550000);
    total -= Money::fromEuros(300000);
    QCOMPARE(total.cents(), Q_INT64_C(225000000));
    QVERIFY(Money::fromCents(1) > Money());
    QVERIFY(Money::fromCents(-1).isNegative());
    QCOMPARE((Money::fromEuros(1) + Money::fromCents(5)).toString(), QStringLiteral("1,05\u00A0€"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
