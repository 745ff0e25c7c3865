#include "domain/Candidate.h"
#include "domain/Promotion.h"

#include <QTest>

class TestPromotion : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void parseNumber_data();
    void parseNumber();
    void checkCanClose_data();
    void checkCanClose();
    void label();
};

namespace {
Promotion fast13()
{
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(2550000);
    return promotion;
}

Candidate decided(const QString &name, Decision decision, qint64 grantedEuros = 0)
{
    Candidate candidate;
    candidate.name = name;
    candidate.decision = decision;
    candidate.granted = Money::fromEuros(grantedEuros);
    // A budget of 600 000 € asking 300 000 €: eligible 300 000 €, so any grant up to that is within the rule.
    candidate.annualBudget = Money::fromEuros(600000);
    candidate.requested = Money::fromEuros(300000);
    return candidate;
}
} // namespace

void TestPromotion::validate_data()
{
    QTest::addColumn<Promotion>("promotion");
    QTest::addColumn<QString>("message");

    QTest::newRow("valid") << fast13() << QString();
    Promotion p = fast13();
    p.number = 0;
    QTest::newRow("number 0") << p << QStringLiteral("The promotion number must be 1 or more, not 0.");
    p = fast13();
    p.year = 1999;
    QTest::newRow("year 1999") << p << QStringLiteral("The year must be between 2000 and 2100, not 1999.");
    p = fast13();
    p.envelope = Money::fromCents(-1);
    QTest::newRow("negative envelope") << p
                                       << QStringLiteral("The envelope must be more than 0 € (given: -0,01\u00A0€).");
    p = fast13();
    p.envelope = Money();
    QTest::newRow("zero envelope") << p << QStringLiteral("The envelope must be more than 0 € (given: 0\u00A0€).");
    p = fast13();
    p.rule = CofinancingRule(0, CofinancingRule::defaultCap());
    QTest::newRow("rate 0") << p << QStringLiteral("The co-financing rate must be between 1 and 100 %, not 0 %.");
    p = fast13();
    p.minimumScore = 101;
    QTest::newRow("minimum score 101") << p << QStringLiteral("The minimum score must be between 0 and 100, not 101.");
}

void TestPromotion::validate()
{
    QFETCH(Promotion, promotion);
    QFETCH(QString, message);
    QCOMPARE(promotion.validate().error(), message);
}

void TestPromotion::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number");
    QTest::newRow("digits") << QStringLiteral("13") << 13;
    QTest::newRow("FAST13") << QStringLiteral("FAST13") << 13;
    QTest::newRow("fast 14 lower case") << QStringLiteral("fast 14") << 14;
    QTest::newRow("zero") << QStringLiteral("0") << 0;
    QTest::newRow("negative") << QStringLiteral("-3") << 0;
    QTest::newRow("words") << QStringLiteral("treize") << 0;
    QTest::newRow("plus sign") << QStringLiteral("+13") << 0;
}

void TestPromotion::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    const Result<int> parsed = Promotion::parseNumber(text);
    if (number == 0) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), QStringLiteral("\"%1\" is not a promotion number: write 13 or FAST13.").arg(text));
    } else {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.value(), number);
    }
}

void TestPromotion::checkCanClose_data()
{
    QTest::addColumn<QList<Candidate>>("candidates");
    QTest::addColumn<QString>("message");

    QTest::newRow("no candidates") << QList<Candidate>() << QString();
    QTest::newRow("all decided, within envelope")
        << QList<Candidate>{decided(QStringLiteral("Envergo"), Decision::Laureate, 300000),
                            decided(QStringLiteral("Mano"), Decision::Rejected)}
        << QString();
    QTest::newRow("one undecided") << QList<Candidate>{decided(QStringLiteral("Envergo"), Decision::Laureate, 300000),
                                                       decided(QStringLiteral("Mano"), Decision::None)}
                                   << QStringLiteral(
                                          "FAST13 cannot be closed: 1 candidate(s) without a decision: Mano.");
    QList<Candidate> nineAtTheCap;
    for (int i = 0; i < 9; ++i)
        nineAtTheCap.append(decided(QStringLiteral("L%1").arg(i), Decision::Laureate, 300000));
    QTest::newRow("overspend") << nineAtTheCap
                               << QStringLiteral(
                                      "FAST13 cannot be closed: The laureates consume 2\u00A0700\u00A0000\u00A0€, "
                                      "150\u00A0000\u00A0€ more than the envelope of 2\u00A0550\u00A0000\u00A0€.");
    // rules.md: a laureate always has 0 < granted ≤ eligible; a file that breaks it is never closed.
    QTest::newRow("laureate granted 0 €")
        << QList<Candidate>{decided(QStringLiteral("Envergo"), Decision::Laureate, 0),
                            decided(QStringLiteral("Mano"), Decision::Rejected)}
        << QStringLiteral("FAST13 cannot be closed: The laureate Envergo breaks the rule: A laureate's granted amount "
                          "must be more than 0 € (given: 0\u00A0€).");
    QTest::newRow("laureate above eligible")
        << QList<Candidate>{decided(QStringLiteral("Envergo"), Decision::Laureate, 300001)}
        << QStringLiteral("FAST13 cannot be closed: The laureate Envergo breaks the rule: The granted amount "
                          "300\u00A0001\u00A0€ is more than the eligible amount 300\u00A0000\u00A0€: the fund pays "
                          "at most 50 % of the annual budget (300\u00A0000\u00A0€ of 600\u00A0000\u00A0€) and at "
                          "most 300\u00A0000\u00A0€, and never more than the requested 300\u00A0000\u00A0€.");
    QList<Candidate> many;
    for (int i = 0; i < 12; ++i)
        many.append(decided(QStringLiteral("C%1").arg(i), Decision::None));
    QTest::newRow("twelve undecided, ten named")
        << many
        << QStringLiteral("FAST13 cannot be closed: 12 candidate(s) without a decision: C0, C1, C2, C3, C4, C5, C6, "
                          "C7, C8, C9 and 2 more.");
}

void TestPromotion::checkCanClose()
{
    QFETCH(QList<Candidate>, candidates);
    QFETCH(QString, message);
    QCOMPARE(fast13().checkCanClose(candidates).error(), message);
}

void TestPromotion::label()
{
    QCOMPARE(fast13().label(), QStringLiteral("FAST13"));
    QCOMPARE(Promotion::consumed({decided(QStringLiteral("A"), Decision::Laureate, 10),
                                  decided(QStringLiteral("B"), Decision::Waitlist, 0),
                                  decided(QStringLiteral("C"), Decision::Laureate, 5)}),
             Money::fromEuros(15));
}

QTEST_GUILESS_MAIN(TestPromotion)
#include "tst_promotion.moc"
