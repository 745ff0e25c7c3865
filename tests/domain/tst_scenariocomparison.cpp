#include "domain/Scenario.h"
#include "domain/ScenarioComparison.h"
#include "domain/ScenarioOutcome.h"

#include <QTest>

// Two scenarios side by side: for each ranked candidate, what A and B propose (or that one left it out),
// which rows differ, and the totals of each, to the cent.
class TestScenarioComparison : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void sameScenarioHasNoDifference();
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

QList<RankedCandidate> ranking()
{
    RankedCandidate incomplete;
    incomplete.candidateId = 6;
    incomplete.name = QStringLiteral("F");
    incomplete.missingNotes = 1;
    return {
        ranked(1, QStringLiteral("A"), 1, 450, 300000 * euros), ranked(2, QStringLiteral("B"), 2, 425, 250000 * euros),
        ranked(3, QStringLiteral("C"), 3, 400, 150000 * euros), ranked(4, QStringLiteral("D"), 4, 375, 60000 * euros),
        ranked(5, QStringLiteral("E"), 5, 350, 4999999),        incomplete};
}

Scenario scenario(qint64 envelopeCents, const QList<qint64> &excluded)
{
    Scenario made;
    made.name = QStringLiteral("s");
    made.promotionNumber = 14;
    made.envelope = Money::fromCents(envelopeCents);
    made.excludedCandidateIds = QSet<qint64>(excluded.cbegin(), excluded.cend());
    return made;
}

QString side(const ScenarioComparison::Side &side)
{
    if (side.excluded)
        return QStringLiteral("excluded");
    if (side.decision == Decision::Laureate)
        return decisionKey(side.decision) + QLatin1Char(' ') + side.granted.toPlainString();
    return decisionKey(side.decision);
}

// "Name | A | B | ≠" per row.
QStringList describe(const ScenarioComparison &comparison)
{
    QStringList lines;
    for (const ScenarioComparison::Row &row : comparison.rows())
        lines.append(QStringLiteral("%1 | %2 | %3%4")
                         .arg(row.name, side(row.a), side(row.b), row.differs() ? QStringLiteral(" | ≠") : QString()));
    return lines;
}

QString totals(const ScenarioComparison::Totals &totals)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(totals.envelope.toPlainString())
        .arg(totals.laureates)
        .arg(totals.consumed.toPlainString(), totals.remaining.toPlainString());
}
} // namespace

void TestScenarioComparison::compare_data()
{
    QTest::addColumn<qint64>("envelopeA");
    QTest::addColumn<QList<qint64>>("excludedA");
    QTest::addColumn<qint64>("envelopeB");
    QTest::addColumn<QList<qint64>>("excludedB");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("differences");
    QTest::addColumn<QString>("totalsA");
    QTest::addColumn<QString>("totalsB");

    QTest::newRow("+50 000 €") << qint64(500000 * euros) << QList<qint64>() << qint64(550000 * euros) << QList<qint64>()
                               << QStringList{QStringLiteral("A | laureate 300000 | laureate 300000"),
                                              QStringLiteral("B | waitlist | laureate 250000 | ≠"),
                                              QStringLiteral("C | laureate 150000 | waitlist | ≠"),
                                              QStringLiteral("D | waitlist | waitlist"),
                                              QStringLiteral("E | laureate 49999.99 | waitlist | ≠")}
                               << 3 << QStringLiteral("500000 3 499999.99 0.01") << QStringLiteral("550000 2 550000 0");
    QTest::newRow("without A") << qint64(500000 * euros) << QList<qint64>() << qint64(500000 * euros)
                               << QList<qint64>{1}
                               << QStringList{QStringLiteral("A | laureate 300000 | excluded | ≠"),
                                              QStringLiteral("B | waitlist | laureate 250000 | ≠"),
                                              QStringLiteral("C | laureate 150000 | laureate 150000"),
                                              QStringLiteral("D | waitlist | laureate 60000 | ≠"),
                                              QStringLiteral("E | laureate 49999.99 | waitlist | ≠")}
                               << 4 << QStringLiteral("500000 3 499999.99 0.01")
                               << QStringLiteral("500000 3 460000 40000");
    QTest::newRow("both exclude all") << qint64(1) << QList<qint64>{1, 2, 3, 4, 5} << qint64(2)
                                      << QList<qint64>{1, 2, 3, 4, 5}
                                      << QStringList{QStringLiteral("A | excluded | excluded"),
                                                     QStringLiteral("B | excluded | excluded"),
                                                     QStringLiteral("C | excluded | excluded"),
                                                     QStringLiteral("D | excluded | excluded"),
                                                     QStringLiteral("E | excluded | excluded")}
                                      << 0 << QStringLiteral("0.01 0 0 0.01") << QStringLiteral("0.02 0 0 0.02");
}

void TestScenarioComparison::compare()
{
    QFETCH(qint64, envelopeA);
    QFETCH(QList<qint64>, excludedA);
    QFETCH(qint64, envelopeB);
    QFETCH(QList<qint64>, excludedB);
    QFETCH(QStringList, expected);
    QFETCH(int, differences);
    QFETCH(QString, totalsA);
    QFETCH(QString, totalsB);

    const QList<RankedCandidate> rows = ranking();
    const ScenarioComparison comparison = ScenarioComparison::compare(
        rows, scenario(envelopeA, excludedA).outcome(rows, 0), scenario(envelopeB, excludedB).outcome(rows, 0));
    QCOMPARE(describe(comparison), expected);
    QCOMPARE(comparison.differenceCount(), differences);
    QCOMPARE(totals(comparison.totalsA()), totalsA);
    QCOMPARE(totals(comparison.totalsB()), totalsB);
}

void TestScenarioComparison::sameScenarioHasNoDifference()
{
    const QList<RankedCandidate> rows = ranking();
    const ScenarioOutcome outcome = scenario(500000 * euros, {2}).outcome(rows, 0);
    const ScenarioComparison comparison = ScenarioComparison::compare(rows, outcome, outcome);
    QCOMPARE(comparison.rows().size(), 5);
    QCOMPARE(comparison.differenceCount(), 0);
    QCOMPARE(comparison.rows().at(1).a.excluded, true);
}

QTEST_GUILESS_MAIN(TestScenarioComparison)
#include "tst_scenariocomparison.moc"
