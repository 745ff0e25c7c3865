#include "domain/Proposal.h"
#include "reports/RankingTable.h"

#include <QtTest>

namespace {

RankedCandidate ranked(qint64 id, const char *name, qint64 eligibleCents, int rank, bool exAequo, Score score)
{
    RankedCandidate row;
    row.candidateId = id;
    row.name = QString::fromUtf8(name);
    row.eligible = Money::fromCents(eligibleCents);
    row.rank = rank;
    row.exAequo = exAequo;
    row.score = score;
    row.firstCriterionMean = Score(3, 1);
    return row;
}

RankedCandidate incomplete(qint64 id, const char *name, qint64 eligibleCents, int missingNotes)
{
    RankedCandidate row;
    row.candidateId = id;
    row.name = QString::fromUtf8(name);
    row.eligible = Money::fromCents(eligibleCents);
    row.missingNotes = missingNotes;
    return row;
}

// Requested = eligible under the default rule (50 %, 300 000 €) when the budget is twice the request.
Candidate candidate(qint64 id, const char *name, qint64 eligibleCents, Decision decision, qint64 grantedCents = 0)
{
    Candidate result;
    result.id = id;
    result.name = QString::fromUtf8(name);
    result.requested = Money::fromCents(eligibleCents);
    result.annualBudget = Money::fromCents(2 * eligibleCents);
    result.decision = decision;
    result.granted = Money::fromCents(grantedCents);
    return result;
}

// The ranking of six candidates: Alpha first, Bravo and Charlie ex aequo second, Delta fourth, Echo
// not fully scored (3 notes missing). Foxtrot withdrew, so the ranking leaves it out.
QList<RankedCandidate> fixtureRanking()
{
    return {ranked(1, "Alpha", 10000050, 1, false, Score(240, 3)), ranked(2, "Bravo", 15000000, 2, true, Score(70, 1)),
            ranked(3, "Charlie", 6000000, 2, true, Score(140, 2)), ranked(4, "Delta", 4000000, 4, false, Score(50, 1)),
            incomplete(5, "Écho", 3000000, 3)};
}

QList<Candidate> fixtureCandidates()
{
    return {candidate(1, "Alpha", 10000050, Decision::Laureate, 10000050),
            candidate(2, "Bravo", 15000000, Decision::None),
            candidate(3, "Charlie", 6000000, Decision::Waitlist),
            candidate(4, "Delta", 4000000, Decision::Laureate, 2000000),
            candidate(5, "Écho", 3000000, Decision::Laureate, 1000000),
            candidate(6, "Foxtrot", 25000000, Decision::Withdrawn)};
}

QString describe(const std::optional<Decision> &decision, Money granted)
{
    if (!decision)
        return QStringLiteral("-");
    if (*decision == Decision::Laureate)
        return QStringLiteral("laureate %1").arg(granted.cents());
    return decisionKey(*decision);
}

// "rank | name | score | eligible | proposed | decided | cumulative | reason", amounts in cents, the
// cumulative followed by "!" on the row where the envelope runs out.
QString line(const RankingTableRow &row)
{
    QString rank;
    switch (row.kind) {
    case RankingTableRow::Kind::Ranked:
        rank = QString::number(*row.rank) + (row.exAequo ? QStringLiteral("=") : QString());
        break;
    case RankingTableRow::Kind::Incomplete:
        rank = QStringLiteral("incomplete %1").arg(row.missingNotes);
        break;
    case RankingTableRow::Kind::Withdrawn:
        rank = QStringLiteral("withdrawn");
        break;
    }
    return QStringList{rank,
                       row.name,
                       row.score ? row.score->toFixedString(1) : QStringLiteral("-"),
                       QString::number(row.eligible.cents()),
                       describe(row.proposed, row.proposedGranted),
                       describe(row.decision, row.granted),
                       QString::number(row.cumulative.cents()) +
                           (row.exhaustsEnvelope ? QStringLiteral("!") : QString()),
                       row.proposalReason ? proposalReasonKey(*row.proposalReason) : QStringLiteral("-")}
        .join(QStringLiteral(" | "));
}

} // namespace

// The ranking view's rows, computed in the core: ranked rows in ranking order with the proposal beside
// the decisions and its reason on every row, then the incomplete rows, then the withdrawn ones, with the
// cumulative consumption down the table (decided laureates, and the proposal on undecided rows) and the
// row where the envelope runs out, to the cent.
class TestRankingTable : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void lookupAndCounts();
    void emptyPromotion();
    void agreementWithdrawnAfterTheDecision();
};

void TestRankingTable::rows_data()
{
    QTest::addColumn<qint64>("envelopeCents");
    QTest::addColumn<int>("minimumScore");
    QTest::addColumn<QStringList>("expected");

    // The decisions are the same in every row. The cumulative counts a decided laureate's granted amount,
    // and the proposal's amount on an undecided row it makes laureate (Bravo here); the envelope runs out
    // on Charlie: 49 999,50 € are left above it and it asks 60 000 €.
    QTest::newRow("envelope 300 000 €")
        << qint64(30000000) << 0
        << QStringList{
               QStringLiteral("1 | Alpha | 80.0 | 10000050 | laureate 10000050 | laureate 10000050 | 10000050 | "
                              "within_envelope"),
               QStringLiteral("2= | Bravo | 70.0 | 15000000 | laureate 15000000 | none | 25000050 | "
                              "within_envelope"),
               QStringLiteral("2= | Charlie | 70.0 | 6000000 | waitlist | waitlist | 25000050! | does_not_fit"),
               QStringLiteral("4 | Delta | 50.0 | 4000000 | laureate 4000000 | laureate 2000000 | 27000050 | "
                              "within_envelope"),
               QStringLiteral("incomplete 3 | Écho | - | 3000000 | - | laureate 1000000 | 28000050 | "
                              "incomplete_scoring"),
               QStringLiteral("withdrawn | Foxtrot | - | 25000000 | - | withdrawn | 28000050 | withdrawn")};
    // Bravo does not fit the rest and is waitlisted (the envelope runs out there), Charlie fits after it;
    // Delta is under the minimum. No undecided row is proposed laureate: the cumulative is the decisions'.
    QTest::newRow("envelope 200 000 €, minimum 60")
        << qint64(20000000) << 60
        << QStringList{
               QStringLiteral("1 | Alpha | 80.0 | 10000050 | laureate 10000050 | laureate 10000050 | 10000050 | "
                              "within_envelope"),
               QStringLiteral("2= | Bravo | 70.0 | 15000000 | waitlist | none | 10000050! | does_not_fit"),
               QStringLiteral("2= | Charlie | 70.0 | 6000000 | laureate 6000000 | waitlist | 10000050 | "
                              "within_envelope"),
               QStringLiteral("4 | Delta | 50.0 | 4000000 | rejected | laureate 2000000 | 12000050 | "
                              "below_minimum_score"),
               QStringLiteral("incomplete 3 | Écho | - | 3000000 | - | laureate 1000000 | 13000050 | "
                              "incomplete_scoring"),
               QStringLiteral("withdrawn | Foxtrot | - | 25000000 | - | withdrawn | 13000050 | withdrawn")};
    // Nothing to share: Alpha's decided grant already passes the envelope, so it runs out on the first row.
    QTest::newRow("no envelope")
        << qint64(0) << 0
        << QStringList{QStringLiteral("1 | Alpha | 80.0 | 10000050 | waitlist | laureate 10000050 | 10000050! | "
                                      "does_not_fit"),
                       QStringLiteral("2= | Bravo | 70.0 | 15000000 | waitlist | none | 10000050 | does_not_fit"),
                       QStringLiteral("2= | Charlie | 70.0 | 6000000 | waitlist | waitlist | 10000050 | does_not_fit"),
                       QStringLiteral("4 | Delta | 50.0 | 4000000 | waitlist | laureate 2000000 | 12000050 | "
                                      "does_not_fit"),
                       QStringLiteral("incomplete 3 | Écho | - | 3000000 | - | laureate 1000000 | 13000050 | "
                                      "incomplete_scoring"),
                       QStringLiteral("withdrawn | Foxtrot | - | 25000000 | - | withdrawn | 13000050 | withdrawn")};
}

void TestRankingTable::rows()
{
    QFETCH(qint64, envelopeCents);
    QFETCH(int, minimumScore);
    QFETCH(QStringList, expected);

    Promotion promotion;
    promotion.number = 14;
    promotion.envelope = Money::fromCents(envelopeCents);
    promotion.minimumScore = minimumScore;
    const QList<RankedCandidate> ranking = fixtureRanking();
    const RankingTable table =
        RankingTable::build(ranking, Proposal::propose(ranking, promotion), fixtureCandidates(), promotion);
    QStringList actual;
    for (const RankingTableRow &row : table.rows())
        actual.append(line(row));
    QCOMPARE(actual, expected);
    // The decided laureates are the promotion's consumed amount; with the undecided rows' proposed
    // laureates they make the last cumulative, which is what the gauge draws.
    QCOMPARE(table.consumed(), Promotion::consumed(fixtureCandidates()));
    QCOMPARE(table.consumed(), Money::fromCents(13000050));
    QCOMPARE(table.consumed() + table.proposedUndecided(), table.rows().last().cumulative);
    QCOMPARE(table.envelope(), Money::fromCents(envelopeCents));
}

void TestRankingTable::lookupAndCounts()
{
    Promotion promotion;
    promotion.envelope = Money::fromEuros(300000);
    const QList<RankedCandidate> ranking = fixtureRanking();
    const RankingTable table =
        RankingTable::build(ranking, Proposal::propose(ranking, promotion), fixtureCandidates(), promotion);
    QCOMPARE(table.rankedCount(), 4);
    QCOMPARE(table.incompleteCount(), 1);
    QCOMPARE(table.withdrawnCount(), 1);
    QCOMPARE(table.rows().size(), 6);
    QCOMPARE(table.rowFor(3)->name, QStringLiteral("Charlie"));
    QCOMPARE(table.rowFor(3)->cumulative, Money::fromCents(25000050));
    QCOMPARE(table.proposedUndecided(), Money::fromEuros(150000));
    QCOMPARE(table.exhaustedRow(), 2);
    QCOMPARE(table.rowFor(6)->kind, RankingTableRow::Kind::Withdrawn);
    QCOMPARE(table.rowFor(6)->proposalExplanation, QStringLiteral("withdrawn"));
    QCOMPARE(table.rowFor(5)->proposalExplanation,
             QStringLiteral("incomplete scoring (3 note(s) missing): left out of the proposal"));
    QVERIFY(!table.rowFor(99).has_value());
}

void TestRankingTable::emptyPromotion()
{
    const RankingTable table = RankingTable::build({}, Proposal(), {}, Promotion());
    QVERIFY(table.rows().isEmpty());
    QCOMPARE(table.consumed(), Money());
    QCOMPARE(table.proposedUndecided(), Money());
    QCOMPARE(table.exhaustedRow(), -1);
    QCOMPARE(table.rankedCount(), 0);
}

void TestRankingTable::agreementWithdrawnAfterTheDecision()
{
    // Issue #18: Alpha's agreement was withdrawn after a payment of 30 000,50 € (70 000 € back to the envelope).
    // Its row keeps its decision, proposes nothing and says why; what it kept is spent before Bravo, so with an
    // envelope of 200 000 € Bravo (150 000 €) still fits and Charlie (60 000 €) no longer does.
    Promotion promotion;
    promotion.number = 14;
    promotion.envelope = Money::fromEuros(200000);
    QList<Candidate> candidates = fixtureCandidates();
    candidates[0].released = Money::fromEuros(70000);
    const QList<RankedCandidate> ranking = fixtureRanking();
    const RankingTable table =
        RankingTable::build(ranking, Proposal::propose(ranking, promotion, candidates), candidates, promotion);
    QStringList actual;
    for (const RankingTableRow &row : table.rows())
        actual.append(line(row));
    QCOMPARE(actual,
             (QStringList{
                 QStringLiteral("1 | Alpha | 80.0 | 10000050 | - | laureate 10000050 | 3000050 | agreement_withdrawn"),
                 QStringLiteral("2= | Bravo | 70.0 | 15000000 | laureate 15000000 | none | 18000050 | "
                                "within_envelope"),
                 QStringLiteral("2= | Charlie | 70.0 | 6000000 | waitlist | waitlist | 18000050! | does_not_fit"),
                 QStringLiteral("4 | Delta | 50.0 | 4000000 | waitlist | laureate 2000000 | 20000050 | does_not_fit"),
                 QStringLiteral("incomplete 3 | Écho | - | 3000000 | - | laureate 1000000 | 21000050 | "
                                "incomplete_scoring"),
                 QStringLiteral("withdrawn | Foxtrot | - | 25000000 | - | withdrawn | 21000050 | withdrawn")}));
    QCOMPARE(table.rowFor(1)->proposalExplanation.replace(QChar(0x00A0), QLatin1Char(' ')),
             QStringLiteral("agreement withdrawn: keeps the 30 000,50 € paid, 70 000 € back to the envelope"));
    QCOMPARE(table.consumed(), Money::fromCents(6000050));
}

QTEST_GUILESS_MAIN(TestRankingTable)
#include "tst_rankingtable.moc"
