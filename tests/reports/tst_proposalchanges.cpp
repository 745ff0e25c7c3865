#include "domain/Proposal.h"
#include "reports/ProposalChanges.h"

#include <QtTest>

namespace {

RankedCandidate ranked(qint64 id, const char *name, qint64 eligibleCents, int rank, int score)
{
    RankedCandidate row;
    row.candidateId = id;
    row.name = QString::fromUtf8(name);
    row.eligible = Money::fromCents(eligibleCents);
    row.rank = rank;
    row.score = Score(score, 1);
    row.firstCriterionMean = Score(3, 1);
    return row;
}

// Alpha 100 000,50 €, Bravo 150 000 €, Charlie 60 000 €, Delta 40 000 € in that order, within
// 300 000 €: Alpha, Bravo and Delta proposed laureates, Charlie waitlisted.
Proposal fixtureProposal()
{
    const QList<RankedCandidate> ranking{ranked(1, "Alpha", 10000050, 1, 80), ranked(2, "Bravo", 15000000, 2, 70),
                                         ranked(3, "Charlie", 6000000, 3, 65), ranked(4, "Delta", 4000000, 4, 50)};
    return Proposal::propose(ranking, Money::fromEuros(300000), 0);
}

QString euros(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('_'), QChar(0x00A0));
}

} // namespace

// What "propose the laureates" would change, listed before it is applied: exactly the candidates whose
// decision or granted amount differs from the proposal, in ranking order, before → after.
class TestProposalChanges : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void decisionsBefore();
    void describeDecision_data();
    void describeDecision();
};

void TestProposalChanges::changes_data()
{
    QTest::addColumn<QList<int>>("decisions");  // Alpha…Delta, as Decision values
    QTest::addColumn<QList<qint64>>("granted"); // cents
    QTest::addColumn<QStringList>("expected");

    const int none = int(Decision::None);
    const int laureate = int(Decision::Laureate);
    const int waitlist = int(Decision::Waitlist);
    const int rejected = int(Decision::Rejected);
    QTest::newRow("nothing decided") << QList<int>{none, none, none, none} << QList<qint64>{0, 0, 0, 0}
                                     << QStringList{euros("Alpha: No decision → Laureate, 100_000,50_€"),
                                                    euros("Bravo: No decision → Laureate, 150_000_€"),
                                                    QStringLiteral("Charlie: No decision → Waitlist"),
                                                    euros("Delta: No decision → Laureate, 40_000_€")};
    // Alpha already matches; Bravo's amount differs by one cent; Charlie was rejected; Delta matches.
    QTest::newRow("some decided") << QList<int>{laureate, laureate, rejected, laureate}
                                  << QList<qint64>{10000050, 14999999, 0, 4000000}
                                  << QStringList{euros("Bravo: Laureate, 149_999,99_€ → Laureate, 150_000_€"),
                                                 QStringLiteral("Charlie: Not selected → Waitlist")};
    QTest::newRow("already applied") << QList<int>{laureate, laureate, waitlist, laureate}
                                     << QList<qint64>{10000050, 15000000, 0, 4000000} << QStringList();
}

void TestProposalChanges::changes()
{
    QFETCH(QList<int>, decisions);
    QFETCH(QList<qint64>, granted);
    QFETCH(QStringList, expected);

    const char *names[] = {"Alpha", "Bravo", "Charlie", "Delta"};
    QList<Candidate> candidates;
    for (int i = 0; i < 4; ++i) {
        Candidate candidate;
        candidate.id = i + 1;
        candidate.name = QString::fromUtf8(names[i]);
        candidate.decision = Decision(decisions.at(i));
        candidate.granted = Money::fromCents(granted.at(i));
        candidates.append(candidate);
    }
    // A candidate outside the ranking (not fully scored) is never listed.
    Candidate echo;
    echo.id = 5;
    echo.name = QStringLiteral("Echo");
    candidates.append(echo);

    const ProposalChanges changes = ProposalChanges::compute(fixtureProposal(), candidates);
    QStringList actual;
    for (const ProposalChange &change : changes.changes())
        actual.append(ProposalChanges::describe(change));
    QCOMPARE(actual, expected);
    QCOMPARE(changes.isEmpty(), expected.isEmpty());
    QCOMPARE(changes.size(), int(expected.size()));
}

void TestProposalChanges::decisionsBefore()
{
    QList<Candidate> candidates;
    for (qint64 id = 1; id <= 4; ++id) {
        Candidate candidate;
        candidate.id = id;
        candidate.name = QStringLiteral("C%1").arg(id);
        candidates.append(candidate);
    }
    candidates[0].decision = Decision::Laureate;
    candidates[0].granted = Money::fromCents(123);
    candidates[2].decision = Decision::Waitlist; // already what the proposal says
    const ProposalChanges changes = ProposalChanges::compute(fixtureProposal(), candidates);
    const QList<CandidateDecision> expected{
        {1, Decision::Laureate, Money::fromCents(123)}, {2, Decision::None, Money()}, {4, Decision::None, Money()}};
    QCOMPARE(changes.decisionsBefore(), expected);
    QCOMPARE(changes.changes().at(0).grantedAfter, Money::fromCents(10000050));
    QCOMPARE(changes.changes().at(2).decisionAfter, Decision::Laureate);
}

void TestProposalChanges::describeDecision_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<qint64>("grantedCents");
    QTest::addColumn<QString>("text");
    QTest::newRow("laureate") << int(Decision::Laureate) << qint64(30000000) << euros("Laureate, 300_000_€");
    QTest::newRow("laureate with cents") << int(Decision::Laureate) << qint64(1) << euros("Laureate, 0,01_€");
    QTest::newRow("waitlist") << int(Decision::Waitlist) << qint64(0) << QStringLiteral("Waitlist");
    QTest::newRow("rejected") << int(Decision::Rejected) << qint64(0) << QStringLiteral("Not selected");
    QTest::newRow("none") << int(Decision::None) << qint64(0) << QStringLiteral("No decision");
}

void TestProposalChanges::describeDecision()
{
    QFETCH(int, decision);
    QFETCH(qint64, grantedCents);
    QFETCH(QString, text);
    QCOMPARE(ProposalChanges::describe(Decision(decision), Money::fromCents(grantedCents)), text);
}

QTEST_GUILESS_MAIN(TestProposalChanges)
#include "tst_proposalchanges.moc"
