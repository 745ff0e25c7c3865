#include "domain/Promotion.h"
#include "domain/Proposal.h"

#include <QTest>

class TestProposal : public QObject
{
    Q_OBJECT

private slots:
    void propose_data();
    void propose();
    void fromPromotion();
    void decisionFor();
    void reasons_data();
    void reasons();
    void leftOutWithTheCandidates();
    void agreementWithdrawnIsSpentFirst();
    void reasonKeys();
};

namespace {
// A ranked row: the score is weightedSum / denominator, as the score sheet gives it.
RankedCandidate ranked(qint64 id, const QString &name, int rank, qint64 weightedSum, qint64 denominator,
                       qint64 eligibleCents)
{
    RankedCandidate row;
    row.candidateId = id;
    row.name = name;
    row.rank = rank;
    row.score = Score(weightedSum, denominator);
    row.firstCriterionMean = Score(0, 1);
    row.eligible = Money::fromCents(eligibleCents);
    return row;
}

RankedCandidate incomplete(qint64 id, const QString &name, qint64 eligibleCents)
{
    RankedCandidate row;
    row.candidateId = id;
    row.name = name;
    row.eligible = Money::fromCents(eligibleCents);
    row.missingNotes = 3;
    return row;
}

constexpr qint64 euros = 100;

// Money::toString() writes no-break spaces; the expectations are easier to read with plain ones.
QString plain(const QString &text)
{
    QString result = text;
    return result.replace(QChar(0x00A0), QLatin1Char(' '));
}

// "Name: reason_key: explanation", one per proposed decision then one per left-out candidate.
QStringList explain(const Proposal &proposal)
{
    QStringList lines;
    for (const QList<ProposedDecision> *list : {&proposal.decisions(), &proposal.leftOut()}) {
        for (const ProposedDecision &decision : *list)
            lines.append(QStringLiteral("%1: %2: %3")
                             .arg(decision.name, proposalReasonKey(decision.reason), plain(decision.explanation)));
    }
    return lines;
}

// "Name decision granted consumedAfter remainingAfter", amounts in plain form.
QStringList describe(const Proposal &proposal)
{
    QStringList lines;
    for (const ProposedDecision &decision : proposal.decisions())
        lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(decision.name, decisionKey(decision.decision), decision.granted.toPlainString(),
                              decision.consumedAfter.toPlainString(), decision.remainingAfter.toPlainString()));
    return lines;
}
} // namespace

void TestProposal::propose_data()
{
    QTest::addColumn<QList<RankedCandidate>>("ranking");
    QTest::addColumn<qint64>("envelopeCents");
    QTest::addColumn<int>("minimumScore");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("remainingCents");
    QTest::addColumn<int>("laureates");

    // B is ranked above C and D but no longer fits; C and then E, lower down, still do.
    QTest::newRow("a lower candidate fits where a higher one does not")
        << QList<RankedCandidate>{ranked(1, QStringLiteral("A"), 1, 450, 5, 300000 * euros),
                                  ranked(2, QStringLiteral("B"), 2, 425, 5, 250000 * euros),
                                  ranked(3, QStringLiteral("C"), 3, 400, 5, 150000 * euros),
                                  ranked(4, QStringLiteral("D"), 4, 375, 5, 60000 * euros),
                                  ranked(5, QStringLiteral("E"), 5, 350, 5, 4999999)}
        << qint64(500000 * euros) << 0
        << QStringList{QStringLiteral("A laureate 300000 300000 200000"), QStringLiteral("B waitlist 0 300000 200000"),
                       QStringLiteral("C laureate 150000 450000 50000"), QStringLiteral("D waitlist 0 450000 50000"),
                       QStringLiteral("E laureate 49999.99 499999.99 0.01")}
        << qint64(1) << 3;
    QTest::newRow("eligible equal to the remaining fits")
        << QList<RankedCandidate>{ranked(1, QStringLiteral("A"), 1, 450, 5, 200000 * euros),
                                  ranked(2, QStringLiteral("B"), 2, 425, 5, 100000 * euros),
                                  ranked(3, QStringLiteral("C"), 3, 400, 5, 1)}
        << qint64(300000 * euros) << 0
        << QStringList{QStringLiteral("A laureate 200000 200000 100000"), QStringLiteral("B laureate 100000 300000 0"),
                       QStringLiteral("C waitlist 0 300000 0")}
        << qint64(0) << 2;
    // 59.95 shows as 60,0 but is below 60: rejected although it would fit.
    QTest::newRow("minimum score") << QList<RankedCandidate>{ranked(1, QStringLiteral("A"), 1, 375, 5, 100000 * euros),
                                                             ranked(2, QStringLiteral("B"), 2, 300, 5, 100000 * euros),
                                                             ranked(3, QStringLiteral("C"), 3, 1199, 20,
                                                                    100000 * euros),
                                                             ranked(4, QStringLiteral("D"), 4, 0, 5, 100000 * euros)}
                                   << qint64(1000000 * euros) << 60
                                   << QStringList{QStringLiteral("A laureate 100000 100000 900000"),
                                                  QStringLiteral("B laureate 100000 200000 800000"),
                                                  QStringLiteral("C rejected 0 200000 800000"),
                                                  QStringLiteral("D rejected 0 200000 800000")}
                                   << qint64(800000 * euros) << 2;
    QTest::newRow("minimum score 0 rejects nobody")
        << QList<RankedCandidate>{ranked(1, QStringLiteral("A"), 1, 0, 5, 100000 * euros)} << qint64(100000 * euros)
        << 0 << QStringList{QStringLiteral("A laureate 100000 100000 0")} << qint64(0) << 1;
    QTest::newRow("incomplete rows get no proposal")
        << QList<RankedCandidate>{ranked(1, QStringLiteral("A"), 1, 450, 5, 100000 * euros),
                                  incomplete(2, QStringLiteral("B"), 1 * euros)}
        << qint64(300000 * euros) << 0 << QStringList{QStringLiteral("A laureate 100000 100000 200000")}
        << qint64(200000 * euros) << 1;
    QTest::newRow("empty envelope: everyone waits")
        << QList<RankedCandidate>{ranked(1, QStringLiteral("A"), 1, 450, 5, 100000 * euros),
                                  ranked(2, QStringLiteral("B"), 2, 100, 5, 1)}
        << qint64(0) << 0 << QStringList{QStringLiteral("A waitlist 0 0 0"), QStringLiteral("B waitlist 0 0 0")}
        << qint64(0) << 0;
    QTest::newRow("no candidate") << QList<RankedCandidate>() << qint64(2550000 * euros) << 0 << QStringList()
                                  << qint64(2550000 * euros) << 0;
}

void TestProposal::propose()
{
    QFETCH(QList<RankedCandidate>, ranking);
    QFETCH(qint64, envelopeCents);
    QFETCH(int, minimumScore);
    QFETCH(QStringList, expected);
    QFETCH(qint64, remainingCents);
    QFETCH(int, laureates);

    const Proposal proposal = Proposal::propose(ranking, Money::fromCents(envelopeCents), minimumScore);
    QCOMPARE(describe(proposal), expected);
    QCOMPARE(proposal.remaining(), Money::fromCents(remainingCents));
    QCOMPARE(proposal.envelope(), Money::fromCents(envelopeCents));
    QCOMPARE(proposal.consumed(), Money::fromCents(envelopeCents - remainingCents));
    QCOMPARE(proposal.laureateCount(), laureates);
}

void TestProposal::fromPromotion()
{
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(250000);
    promotion.minimumScore = 50;
    const QList<RankedCandidate> ranking = {ranked(1, QStringLiteral("Envergo"), 1, 400, 5, 200000 * euros),
                                            ranked(2, QStringLiteral("Mano"), 2, 300, 5, 100000 * euros),
                                            ranked(3, QStringLiteral("Rivage"), 3, 245, 5, 50000 * euros)};
    const Proposal proposal = Proposal::propose(ranking, promotion);
    QCOMPARE(describe(proposal), (QStringList{QStringLiteral("Envergo laureate 200000 200000 50000"),
                                              QStringLiteral("Mano waitlist 0 200000 50000"),
                                              QStringLiteral("Rivage rejected 0 200000 50000")}));
    QCOMPARE(proposal.remaining().toString(), QStringLiteral("50\u00A0000\u00A0€"));
    // The proposal only reads the ranking: the rows keep no decision of their own.
    QCOMPARE(ranking.at(1).eligible, Money::fromEuros(100000));
}

void TestProposal::decisionFor()
{
    const QList<RankedCandidate> ranking = {ranked(1, QStringLiteral("A"), 1, 400, 5, 200000 * euros),
                                            ranked(2, QStringLiteral("B"), 2, 300, 5, 100000 * euros)};
    const Proposal proposal = Proposal::propose(ranking, Money::fromEuros(250000), 0);
    QCOMPARE(proposal.decisionFor(2)->decision, Decision::Waitlist);
    QCOMPARE(proposal.decisionFor(1)->granted, Money::fromEuros(200000));
    QCOMPARE(proposal.decisionFor(1)->remainingAfter, Money::fromEuros(50000));
    QVERIFY(!proposal.decisionFor(3));
}

void TestProposal::reasons_data()
{
    QTest::addColumn<QList<RankedCandidate>>("ranking");
    QTest::addColumn<qint64>("envelopeCents");
    QTest::addColumn<int>("minimumScore");
    QTest::addColumn<QStringList>("expected");

    // The demo's FAST14 in small: the ninth does not fit the 190 000 € left, the tenth does and takes it.
    QTest::newRow("passed over for the one proposed after it")
        << QList<RankedCandidate>{ranked(1, QStringLiteral("Aide Aidants"), 1, 450, 5, 2210000 * euros),
                                  ranked(9, QStringLiteral("Mon Espace Élu"), 9, 300, 5, 220000 * euros),
                                  ranked(10, QStringLiteral("Inclusion Emploi"), 10, 290, 5, 180000 * euros)}
        << qint64(2400000 * euros) << 0
        << QStringList{
               QStringLiteral("Aide Aidants: within_envelope: within the envelope (remaining after: 190 000 €)"),
               QStringLiteral("Mon Espace Élu: does_not_fit: does not fit the remaining 190 000 €: passed "
                              "over for Inclusion Emploi"),
               QStringLiteral("Inclusion Emploi: within_envelope: within the envelope (remaining after: "
                              "10 000 €)")};
    // Every laureate after a waitlisted row is named, in ranking order; a later waitlisted row names only
    // those after itself, and one with nobody after it names nobody.
    QTest::newRow("several passed over, and none")
        << QList<RankedCandidate>{ranked(1, QStringLiteral("A"), 1, 450, 5, 300000 * euros),
                                  ranked(2, QStringLiteral("B"), 2, 425, 5, 250000 * euros),
                                  ranked(3, QStringLiteral("C"), 3, 400, 5, 150000 * euros),
                                  ranked(4, QStringLiteral("D"), 4, 375, 5, 60000 * euros),
                                  ranked(5, QStringLiteral("E"), 5, 350, 5, 4999999),
                                  ranked(6, QStringLiteral("F"), 6, 340, 5, 2)}
        << qint64(500000 * euros) << 0
        << QStringList{QStringLiteral("A: within_envelope: within the envelope (remaining after: 200 000 €)"),
                       QStringLiteral("B: does_not_fit: does not fit the remaining 200 000 €: passed over for C, E"),
                       QStringLiteral("C: within_envelope: within the envelope (remaining after: 50 000 €)"),
                       QStringLiteral("D: does_not_fit: does not fit the remaining 50 000 €: passed over for E"),
                       QStringLiteral("E: within_envelope: within the envelope (remaining after: 0,01 €)"),
                       QStringLiteral("F: does_not_fit: does not fit the remaining 0,01 €")};
    QTest::newRow("below the minimum, nothing eligible, incomplete")
        << QList<RankedCandidate>{ranked(1, QStringLiteral("A"), 1, 375, 5, 100000 * euros),
                                  ranked(2, QStringLiteral("B"), 2, 240, 5, 100000 * euros),
                                  ranked(3, QStringLiteral("C"), 3, 350, 5, 0), incomplete(4, QStringLiteral("D"), 1),
                                  incomplete(5, QStringLiteral("E"), 1)}
        << qint64(1000000 * euros) << 52
        << QStringList{QStringLiteral("A: within_envelope: within the envelope (remaining after: 900 000 €)"),
                       QStringLiteral("B: below_minimum_score: score 48,0 below the minimum score 52"),
                       QStringLiteral("C: nothing_eligible: nothing eligible: its eligible amount is 0 €"),
                       QStringLiteral("D: incomplete_scoring: incomplete scoring (3 note(s) missing): left out of the "
                                      "proposal"),
                       QStringLiteral("E: incomplete_scoring: incomplete scoring (3 note(s) missing): left out of the "
                                      "proposal")};
}

void TestProposal::reasons()
{
    QFETCH(QList<RankedCandidate>, ranking);
    QFETCH(qint64, envelopeCents);
    QFETCH(int, minimumScore);
    QFETCH(QStringList, expected);

    const Proposal proposal = Proposal::propose(ranking, Money::fromCents(envelopeCents), minimumScore);
    QCOMPARE(explain(proposal), expected);
    // Every candidate of the ranking is explained, whether it gets a proposed decision or not.
    for (const RankedCandidate &row : ranking)
        QVERIFY(proposal.explanationFor(row.candidateId).has_value());
}

void TestProposal::leftOutWithTheCandidates()
{
    Promotion promotion;
    promotion.number = 14;
    promotion.envelope = Money::fromEuros(300000);
    Candidate kept;
    kept.id = 1;
    kept.name = QStringLiteral("A");
    Candidate withdrawn;
    withdrawn.id = 7;
    withdrawn.name = QStringLiteral("Retirée");
    withdrawn.decision = Decision::Withdrawn;
    const QList<RankedCandidate> ranking = {ranked(1, QStringLiteral("A"), 1, 400, 5, 100000 * euros),
                                            incomplete(2, QStringLiteral("B"), 1)};
    const Proposal proposal = Proposal::propose(ranking, promotion, {kept, withdrawn});
    QCOMPARE(explain(proposal),
             (QStringList{QStringLiteral("A: within_envelope: within the envelope (remaining after: 200 000 €)"),
                          QStringLiteral("B: incomplete_scoring: incomplete scoring (3 note(s) missing): left out of "
                                         "the proposal"),
                          QStringLiteral("Retirée: withdrawn: withdrawn")}));
    // Left out means no proposed decision: applying the proposal never touches them.
    QCOMPARE(proposal.decisions().size(), 1);
    QCOMPARE(proposal.explanationFor(7)->decision, Decision::None);
    QVERIFY(!proposal.decisionFor(7));
    QCOMPARE(proposal.laureateCount(), 1);
    QCOMPARE(proposal.remaining(), Money::fromEuros(200000));
}

void TestProposal::reasonKeys()
{
    QCOMPARE(proposalReasonKey(ProposalReason::WithinEnvelope), QStringLiteral("within_envelope"));
    QCOMPARE(proposalReasonKey(ProposalReason::DoesNotFit), QStringLiteral("does_not_fit"));
    QCOMPARE(proposalReasonKey(ProposalReason::BelowMinimumScore), QStringLiteral("below_minimum_score"));
    QCOMPARE(proposalReasonKey(ProposalReason::NothingEligible), QStringLiteral("nothing_eligible"));
    QCOMPARE(proposalReasonKey(ProposalReason::IncompleteScoring), QStringLiteral("incomplete_scoring"));
    QCOMPARE(proposalReasonKey(ProposalReason::Withdrawn), QStringLiteral("withdrawn"));
    QCOMPARE(proposalReasonKey(ProposalReason::AgreementWithdrawn), QStringLiteral("agreement_withdrawn"));
}

void TestProposal::agreementWithdrawnIsSpentFirst()
{
    // Issue #18: envelope 300 000 €. B (ranked 2nd, granted 150 000 €) withdrew its agreement after being paid
    // 40 000 €; D (ranked 4th, granted 50 000 €) before any payment. What B was paid is spent whatever the
    // ranking says, so A, C and E share 260 000 €: A 120 000 €, C 100 000 €, then E's 60 000 € no longer fits
    // the 40 000 € left. Without the withdrawals, B would have been proposed again for 150 000 €.
    Promotion promotion;
    promotion.number = 14;
    promotion.envelope = Money::fromEuros(300000);
    const auto laureate = [](qint64 id, const QString &name, qint64 grantedEuros, qint64 releasedEuros) {
        Candidate candidate;
        candidate.id = id;
        candidate.name = name;
        candidate.decision = Decision::Laureate;
        candidate.granted = Money::fromEuros(grantedEuros);
        candidate.released = Money::fromEuros(releasedEuros);
        return candidate;
    };
    const QList<Candidate> candidates = {laureate(1, QStringLiteral("A"), 120000, 0),
                                         laureate(2, QStringLiteral("B"), 150000, 110000),
                                         laureate(4, QStringLiteral("D"), 50000, 50000)};
    const QList<RankedCandidate> ranking = {ranked(1, QStringLiteral("A"), 1, 500, 5, 120000 * euros),
                                            ranked(2, QStringLiteral("B"), 2, 450, 5, 150000 * euros),
                                            ranked(3, QStringLiteral("C"), 3, 400, 5, 100000 * euros),
                                            ranked(4, QStringLiteral("D"), 4, 350, 5, 50000 * euros),
                                            ranked(5, QStringLiteral("E"), 5, 300, 5, 60000 * euros)};
    const Proposal proposal = Proposal::propose(ranking, promotion, candidates);
    QCOMPARE(explain(proposal),
             (QStringList{
                 QStringLiteral("A: within_envelope: within the envelope (remaining after: 140 000 €)"),
                 QStringLiteral("C: within_envelope: within the envelope (remaining after: 40 000 €)"),
                 QStringLiteral("E: does_not_fit: does not fit the remaining 40 000 €"),
                 QStringLiteral("B: agreement_withdrawn: agreement withdrawn: keeps the 40 000 € paid, 110 000 € back "
                                "to the envelope"),
                 QStringLiteral("D: agreement_withdrawn: agreement withdrawn before any payment: 50 000 € back to the "
                                "envelope")}));
    QCOMPARE(describe(proposal), (QStringList{QStringLiteral("A laureate 120000 160000 140000"),
                                              QStringLiteral("C laureate 100000 260000 40000"),
                                              QStringLiteral("E waitlist 0 260000 40000")}));
    QCOMPARE(proposal.consumed(), Money::fromEuros(260000));
    QCOMPARE(proposal.remaining(), Money::fromEuros(40000));
    QCOMPARE(proposal.laureateCount(), 2);
    // Never proposed, so applying the proposal leaves their decision and agreement as they are.
    QVERIFY(!proposal.decisionFor(2));
    QCOMPARE(proposal.explanationFor(2)->decision, Decision::None);
    QCOMPARE(proposal.explanationFor(4)->remainingAfter, Money::fromEuros(40000));
}

QTEST_GUILESS_MAIN(TestProposal)
#include "tst_proposal.moc"
