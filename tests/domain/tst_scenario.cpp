#include "domain/Scenario.h"
#include "domain/ScenarioOutcome.h"

#include <QTest>

// A scenario proposes the ranking again without its excluded candidates and within its own envelope: the
// decisions, the running consumption and the totals to the cent; and its name and envelope are checked.
class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void outcome_data();
    void outcome();
    void checkName_data();
    void checkName();
    void validateEnvelope();
};

namespace {
constexpr qint64 euros = 100;

RankedCandidate ranked(qint64 id, const QString &name, int rank, qint64 weightedSum, qint64 eligibleCents)
{
    RankedCandidate row;
    row.candidateId = id;
    row.name = name;
    row.rank = rank;
    row.score = Score(weightedSum, 5);
    row.firstCriterionMean = Score(0, 1);
    row.eligible = Money::fromCents(eligibleCents);
    return row;
}

// Scores 90, 85, 80, 75, 70; then F, not fully scored.
QList<RankedCandidate> fiveRanked()
{
    RankedCandidate incomplete;
    incomplete.candidateId = 6;
    incomplete.name = QStringLiteral("F");
    incomplete.eligible = Money::fromEuros(1);
    incomplete.missingNotes = 2;
    return {
        ranked(1, QStringLiteral("A"), 1, 450, 300000 * euros), ranked(2, QStringLiteral("B"), 2, 425, 250000 * euros),
        ranked(3, QStringLiteral("C"), 3, 400, 150000 * euros), ranked(4, QStringLiteral("D"), 4, 375, 60000 * euros),
        ranked(5, QStringLiteral("E"), 5, 350, 4999999),        incomplete};
}

QStringList describe(const ScenarioOutcome &outcome)
{
    QStringList lines;
    for (const ProposedDecision &decision : outcome.decisions())
        lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(decision.name, decisionKey(decision.decision), decision.granted.toPlainString(),
                              decision.consumedAfter.toPlainString(), decision.remainingAfter.toPlainString()));
    return lines;
}
} // namespace

void TestScenario::outcome_data()
{
    QTest::addColumn<qint64>("envelopeCents");
    QTest::addColumn<QList<qint64>>("excluded");
    QTest::addColumn<int>("minimumScore");
    QTest::addColumn<QStringList>("expected");
    // laureates, waitlisted, rejected, excluded; consumed and remaining in cents.
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<qint64>("consumedCents");
    QTest::addColumn<qint64>("remainingCents");

    QTest::newRow("the promotion's envelope, everyone in")
        << qint64(500000 * euros) << QList<qint64>() << 0
        << QStringList{QStringLiteral("A laureate 300000 300000 200000"), QStringLiteral("B waitlist 0 300000 200000"),
                       QStringLiteral("C laureate 150000 450000 50000"), QStringLiteral("D waitlist 0 450000 50000"),
                       QStringLiteral("E laureate 49999.99 499999.99 0.01")}
        << QList<int>{3, 2, 0, 0} << qint64(49999999) << qint64(1);
    // 50 000 € more: B, waitlisted above, now fits and fills the envelope to the cent.
    QTest::newRow("a bigger envelope lets a waitlisted candidate in")
        << qint64(550000 * euros) << QList<qint64>() << 0
        << QStringList{QStringLiteral("A laureate 300000 300000 250000"), QStringLiteral("B laureate 250000 550000 0"),
                       QStringLiteral("C waitlist 0 550000 0"), QStringLiteral("D waitlist 0 550000 0"),
                       QStringLiteral("E waitlist 0 550000 0")}
        << QList<int>{2, 3, 0, 0} << qint64(550000 * euros) << qint64(0);
    // Without A, B fits, then C, then D (waitlisted above); E no longer does.
    QTest::newRow("excluding a laureate lets the next fitting one in")
        << qint64(500000 * euros) << QList<qint64>{1} << 0
        << QStringList{QStringLiteral("B laureate 250000 250000 250000"),
                       QStringLiteral("C laureate 150000 400000 100000"),
                       QStringLiteral("D laureate 60000 460000 40000"), QStringLiteral("E waitlist 0 460000 40000")}
        << QList<int>{3, 1, 0, 1} << qint64(460000 * euros) << qint64(40000 * euros);
    QTest::newRow("excluding all gives an empty proposal")
        << qint64(500000 * euros) << QList<qint64>{1, 2, 3, 4, 5, 6} << 0 << QStringList() << QList<int>{0, 0, 0, 6}
        << qint64(0) << qint64(500000 * euros);
    QTest::newRow("a smaller envelope by one cent")
        << qint64(300000 * euros - 1) << QList<qint64>() << 0
        << QStringList{QStringLiteral("A waitlist 0 0 299999.99"), QStringLiteral("B laureate 250000 250000 49999.99"),
                       QStringLiteral("C waitlist 0 250000 49999.99"), QStringLiteral("D waitlist 0 250000 49999.99"),
                       QStringLiteral("E laureate 49999.99 299999.99 0")}
        << QList<int>{2, 3, 0, 0} << qint64(29999999) << qint64(0);
    // Candidate 99 was removed since the scenario was saved: it is ignored, not an error.
    QTest::newRow("an excluded candidate no longer ranked is ignored")
        << qint64(500000 * euros) << QList<qint64>{99, 3} << 0
        << QStringList{QStringLiteral("A laureate 300000 300000 200000"), QStringLiteral("B waitlist 0 300000 200000"),
                       QStringLiteral("D laureate 60000 360000 140000"),
                       QStringLiteral("E laureate 49999.99 409999.99 90000.01")}
        << QList<int>{3, 1, 0, 1} << qint64(40999999) << qint64(9000001);
    QTest::newRow("minimum score still rejects")
        << qint64(1000000 * euros) << QList<qint64>{2} << 80
        << QStringList{QStringLiteral("A laureate 300000 300000 700000"),
                       QStringLiteral("C laureate 150000 450000 550000"), QStringLiteral("D rejected 0 450000 550000"),
                       QStringLiteral("E rejected 0 450000 550000")}
        << QList<int>{2, 0, 2, 1} << qint64(450000 * euros) << qint64(550000 * euros);
    QTest::newRow("zero envelope") << qint64(0) << QList<qint64>{5} << 0
                                   << QStringList{QStringLiteral("A waitlist 0 0 0"),
                                                  QStringLiteral("B waitlist 0 0 0"),
                                                  QStringLiteral("C waitlist 0 0 0"),
                                                  QStringLiteral("D waitlist 0 0 0")}
                                   << QList<int>{0, 4, 0, 1} << qint64(0) << qint64(0);
}

void TestScenario::outcome()
{
    QFETCH(qint64, envelopeCents);
    QFETCH(QList<qint64>, excluded);
    QFETCH(int, minimumScore);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, counts);
    QFETCH(qint64, consumedCents);
    QFETCH(qint64, remainingCents);

    Scenario scenario;
    scenario.name = QStringLiteral("What if");
    scenario.promotionNumber = 14;
    scenario.envelope = Money::fromCents(envelopeCents);
    scenario.excludedCandidateIds = QSet<qint64>(excluded.cbegin(), excluded.cend());
    const ScenarioOutcome outcome = scenario.outcome(fiveRanked(), minimumScore);

    QCOMPARE(describe(outcome), expected);
    QCOMPARE(outcome.laureateCount(), counts.at(0));
    QCOMPARE(outcome.waitlistCount(), counts.at(1));
    QCOMPARE(outcome.rejectedCount(), counts.at(2));
    QCOMPARE(outcome.excludedCount(), counts.at(3));
    QCOMPARE(outcome.envelope().cents(), envelopeCents);
    QCOMPARE(outcome.consumed().cents(), consumedCents);
    QCOMPARE(outcome.remaining().cents(), remainingCents);
    QCOMPARE(outcome.gaugeProposed().cents(), consumedCents);
    for (const qint64 id : excluded)
        QCOMPARE(outcome.isExcluded(id), id != 99);
}

void TestScenario::checkName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");

    QTest::newRow("plain") << QStringLiteral("Enveloppe +300 k€") << QString();
    QTest::newRow("spaces around") << QStringLiteral("  Sans Envergo  ") << QString();
    QTest::newRow("80 characters") << QString(80, QLatin1Char('x')) << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Give the scenario a name.");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Give the scenario a name.");
    QTest::newRow("81 characters") << QString(81, QLatin1Char('x'))
                                   << QStringLiteral(
                                          "The scenario's name is 81 characters long; at most 80 are allowed.");
    QTest::newRow("line break") << QStringLiteral("a\nb")
                                << QStringLiteral("Scenario name: character 2 is U+000A (line feed), which is not "
                                                  "allowed in a name.");
    QTest::newRow("tab") << QStringLiteral("a\tb")
                         << QStringLiteral(
                                "Scenario name: character 2 is U+0009 (tab), which is not allowed in a name.");
    QTest::newRow("zero-width only") << QStringLiteral("\u200B")
                                     << QStringLiteral("Scenario name: character 1 is U+200B (zero-width space), which "
                                                       "is not allowed in a name.");
    QTest::newRow("right-to-left override") << QStringLiteral("Sans\u202Eogreve")
                                            << QStringLiteral("Scenario name: character 5 is U+202E (right-to-left "
                                                              "override), which is not allowed in a name.");
    QString rockets;
    for (int i = 0; i < 80; ++i)
        rockets += QStringLiteral("🚀");
    QTest::newRow("80 emoji are 80 characters") << rockets << QString();
}

void TestScenario::checkName()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    const Outcome checked = Scenario::checkName(name);
    QCOMPARE(checked.ok(), error.isEmpty());
    QCOMPARE(checked.error(), error);
}

void TestScenario::validateEnvelope()
{
    Scenario scenario;
    scenario.name = QStringLiteral("x");
    scenario.envelope = Money::fromCents(-1);
    QCOMPARE(scenario.validate().error(), QStringLiteral("The scenario's envelope cannot be negative."));
    scenario.envelope = Money::fromCents(Money::maximumCents);
    QVERIFY(scenario.validate().ok());
    scenario.envelope = Money::fromCents(Money::maximumCents + 1);
    QVERIFY(!scenario.validate().ok());
    scenario.envelope = Money();
    QVERIFY(scenario.validate().ok());
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
