#include "domain/CofinancingRule.h"

#include <QTest>

// Every row of the rules.md table, plus the rounding, the tie order of limited_by, and the granted check.
class TestCofinancingRule : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void checkGranted_data();
    void checkGranted();
    void reason_data();
    void reason();
    void validate_data();
    void validate();
};

void TestCofinancingRule::evaluate_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<qint64>("capCents");
    QTest::addColumn<qint64>("budgetCents");
    QTest::addColumn<qint64>("requestedCents");
    QTest::addColumn<qint64>("shareCents");
    QTest::addColumn<qint64>("ceilingCents");
    QTest::addColumn<qint64>("eligibleCents");
    QTest::addColumn<QString>("limitedBy");

    const qint64 cap = 30000000;
    // The five rows of rules.md, r = 50, C = 300 000 €.
    QTest::newRow("400k budget, 150k requested")
        << 50 << cap << Q_INT64_C(40000000) << Q_INT64_C(15000000) << Q_INT64_C(20000000) << Q_INT64_C(20000000)
        << Q_INT64_C(15000000) << QStringLiteral("requested");
    QTest::newRow("400k budget, 250k requested")
        << 50 << cap << Q_INT64_C(40000000) << Q_INT64_C(25000000) << Q_INT64_C(20000000) << Q_INT64_C(20000000)
        << Q_INT64_C(20000000) << QStringLiteral("rate");
    QTest::newRow("1M budget, 400k requested")
        << 50 << cap << Q_INT64_C(100000000) << Q_INT64_C(40000000) << Q_INT64_C(50000000) << Q_INT64_C(30000000)
        << Q_INT64_C(30000000) << QStringLiteral("cap");
    QTest::newRow("600k budget, 300k requested: all equal, requested first")
        << 50 << cap << Q_INT64_C(60000000) << Q_INT64_C(30000000) << Q_INT64_C(30000000) << Q_INT64_C(30000000)
        << Q_INT64_C(30000000) << QStringLiteral("requested");
    QTest::newRow("0,03 budget, 1 requested: rounded down")
        << 50 << cap << Q_INT64_C(3) << Q_INT64_C(100) << Q_INT64_C(1) << Q_INT64_C(1) << Q_INT64_C(1)
        << QStringLiteral("rate");
    // Beyond the table.
    QTest::newRow("share equals cap: rate before cap")
        << 50 << cap << Q_INT64_C(60000000) << Q_INT64_C(40000000) << Q_INT64_C(30000000) << Q_INT64_C(30000000)
        << Q_INT64_C(30000000) << QStringLiteral("rate");
    QTest::newRow("odd cents rounded down") << 50 << cap << Q_INT64_C(12345) << Q_INT64_C(1000000) << Q_INT64_C(6172)
                                            << Q_INT64_C(6172) << Q_INT64_C(6172) << QStringLiteral("rate");
    QTest::newRow("past rule 40 %, cap 200k")
        << 40 << Q_INT64_C(20000000) << Q_INT64_C(100000000) << Q_INT64_C(30000000) << Q_INT64_C(40000000)
        << Q_INT64_C(20000000) << Q_INT64_C(20000000) << QStringLiteral("cap");
    QTest::newRow("33 % rounds down") << 33 << cap << Q_INT64_C(100) << Q_INT64_C(100) << Q_INT64_C(33) << Q_INT64_C(33)
                                      << Q_INT64_C(33) << QStringLiteral("rate");
    QTest::newRow("largest budget does not overflow")
        << 100 << cap << Q_INT64_C(100000000000000) << Q_INT64_C(100000000000000) << Q_INT64_C(100000000000000)
        << Q_INT64_C(30000000) << Q_INT64_C(30000000) << QStringLiteral("cap");
}

void TestCofinancingRule::evaluate()
{
    QFETCH(int, rate);
    QFETCH(qint64, capCents);
    QFETCH(qint64, budgetCents);
    QFETCH(qint64, requestedCents);
    QFETCH(qint64, shareCents);
    QFETCH(qint64, ceilingCents);
    QFETCH(qint64, eligibleCents);
    QFETCH(QString, limitedBy);

    const CofinancingRule rule(rate, Money::fromCents(capCents));
    const Eligibility result = rule.evaluate(Money::fromCents(budgetCents), Money::fromCents(requestedCents));
    QCOMPARE(result.share.cents(), shareCents);
    QCOMPARE(result.ceiling.cents(), ceilingCents);
    QCOMPARE(result.eligible.cents(), eligibleCents);
    QCOMPARE(limitedByKey(result.limitedBy), limitedBy);
}

void TestCofinancingRule::checkGranted_data()
{
    QTest::addColumn<qint64>("grantedCents");
    QTest::addColumn<QString>("message");

    // budget 400 000 €, requested 250 000 €: eligible 200 000 € (rate).
    QTest::newRow("equal to eligible") << Q_INT64_C(20000000) << QString();
    QTest::newRow("below eligible") << Q_INT64_C(1) << QString();
    QTest::newRow("zero") << Q_INT64_C(0)
                          << QStringLiteral("A laureate's granted amount must be more than 0 € (given: 0\u00A0€).");
    QTest::newRow("one cent above")
        << Q_INT64_C(20000001)
        << QStringLiteral(
               "The granted amount 200\u00A0000,01\u00A0€ is more than the eligible amount 200\u00A0000\u00A0€: the "
               "fund pays at most 50 % of the annual budget (200\u00A0000\u00A0€ of 400\u00A0000\u00A0€) and at most "
               "300\u00A0000\u00A0€, and never more than the requested 250\u00A0000\u00A0€.");
}

void TestCofinancingRule::checkGranted()
{
    QFETCH(qint64, grantedCents);
    QFETCH(QString, message);
    const CofinancingRule rule;
    const Outcome outcome =
        rule.checkGranted(Money::fromCents(grantedCents), Money::fromEuros(400000), Money::fromEuros(250000));
    QCOMPARE(outcome.ok(), message.isEmpty());
    QCOMPARE(outcome.error(), message);
}

void TestCofinancingRule::reason_data()
{
    QTest::addColumn<int>("limitedBy");
    QTest::addColumn<QString>("text");
    QTest::newRow("requested") << int(LimitedBy::Requested) << QStringLiteral("requested amount");
    QTest::newRow("rate") << int(LimitedBy::Rate) << QStringLiteral("capped at 50 %");
    QTest::newRow("cap") << int(LimitedBy::Cap) << QStringLiteral("capped at 300\u00A0000\u00A0€");
}

void TestCofinancingRule::reason()
{
    QFETCH(int, limitedBy);
    QFETCH(QString, text);
    QCOMPARE(CofinancingRule().reason(LimitedBy(limitedBy)), text);
}

void TestCofinancingRule::validate_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<qint64>("capCents");
    QTest::addColumn<QString>("message");
    QTest::newRow("defaults") << 50 << Q_INT64_C(30000000) << QString();
    QTest::newRow("100 %") << 100 << Q_INT64_C(1) << QString();
    QTest::newRow("rate 0") << 0 << Q_INT64_C(30000000)
                            << QStringLiteral("The co-financing rate must be between 1 and 100 %, not 0 %.");
    QTest::newRow("rate 101") << 101 << Q_INT64_C(30000000)
                              << QStringLiteral("The co-financing rate must be between 1 and 100 %, not 101 %.");
    QTest::newRow("cap 0") << 50 << Q_INT64_C(0) << QStringLiteral("The cap per laureate must be more than 0 €.");
}

void TestCofinancingRule::validate()
{
    QFETCH(int, rate);
    QFETCH(qint64, capCents);
    QFETCH(QString, message);
    QCOMPARE(CofinancingRule(rate, Money::fromCents(capCents)).validate().error(), message);
}

QTEST_GUILESS_MAIN(TestCofinancingRule)
#include "tst_cofinancingrule.moc"
