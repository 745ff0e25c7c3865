#include "ScoringFixture.h"
#include "domain/AuditAction.h"

#include "TestClock.h"
#include "storage/FollowUpStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString closedMessage = QStringLiteral("FAST13 is closed: reopen it before changing it.");

} // namespace

// DecisionStore on a database file: one decision, a proposal applied and undone (restoreDecisions), each
// write with its audit rows and one signal, each refusal with its exact message and nothing written; and no
// path (proposal, decision, undo, import, closing) that makes or keeps a laureate granted 0 €.
class TestDecisionStore : public QObject, protected ScoringFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void applyProposal();
    void setDecision();
    void setDecisionRefusals_data();
    void setDecisionRefusals();
    void restoreDecisionsUndoesAppliedProposal();
    void restoreDecisionsRefusals();
    void noPathMakesAZeroEuroLaureate();
    void decidingWhatAnotherWindowChangedIsRefused();
    void aSignedAgreementKeepsItsDecision();
};

void TestDecisionStore::init()
{
    openStores(QStringLiteral("decisions.sqlite"));
}

void TestDecisionStore::cleanup()
{
    closeStores();
}

void TestDecisionStore::applyProposal()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 beta = candidateId(QStringLiteral("Beta"));
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    for (const CommitteeMember &member : std::as_const(m_members)) {
        noteAll(alpha, member.id, 4);
        noteAll(beta, member.id, 3);
        noteAll(gamma, member.id, 2);
    }
    // Beta already has the decision the proposal makes: it is not counted as changed.
    QVERIFY(m_decisions->setDecision(beta, Decision::Laureate).ok());
    QSignalSpy decisions(m_decisions.get(), &DecisionStore::decisionsChanged);
    QSignalSpy candidates(m_committee.get(), &CommitteeStore::candidatesChanged);

    const Result<QList<ProposedDecision>> changed = m_decisions->applyProposal(13);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    QCOMPARE(changed.value().size(), 2);
    QCOMPARE(changed.value().at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(changed.value().at(1).name, QStringLiteral("Gamma"));
    QCOMPARE(decisions.size(), 1);
    // Decisions are the decision store's change: the committee store says nothing of them.
    QCOMPARE(candidates.size(), 0);
    QCOMPARE(m_committee->candidate(alpha).value()->decision, Decision::Laureate);
    QCOMPARE(m_committee->candidate(alpha).value()->granted, Money::fromEuros(100000));
    QCOMPARE(m_committee->candidate(gamma).value()->decision, Decision::Waitlist);
    QCOMPARE(m_committee->candidate(gamma).value()->granted, Money());
    QCOMPARE(m_committee->candidate(candidateId(QStringLiteral("Delta"))).value()->decision, Decision::None);
    QCOMPARE(rows(m_committee->auditEntries(13).value().mid(0, 2)),
             QStringList({QStringLiteral("proposal.apply | FAST13 / Gamma | none | waitlist"),
                          euros("proposal.apply | FAST13 / Alpha | none | laureate 100 000 €")}));

    // Applied again: nothing left to change.
    const int audits = auditCount();
    QCOMPARE(m_decisions->applyProposal(13).value().size(), 0);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(decisions.size(), 1);
}

void TestDecisionStore::setDecision()
{
    addCommittee();
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    QVERIFY(m_decisions->setDecision(gamma, Decision::Laureate).ok());
    QCOMPARE(m_committee->candidate(gamma).value()->granted, Money::fromEuros(300000));
    QVERIFY(m_decisions->setDecision(gamma, Decision::Laureate, Money::fromEuros(250000)).ok());
    QCOMPARE(m_committee->candidate(gamma).value()->granted, Money::fromEuros(250000));
    QVERIFY(m_decisions->setDecision(gamma, Decision::Waitlist).ok());
    QCOMPARE(m_committee->candidate(gamma).value()->decision, Decision::Waitlist);
    QCOMPARE(m_committee->candidate(gamma).value()->granted, Money());
    QVERIFY(m_decisions->setDecision(gamma, Decision::Rejected, Money()).ok());
    QCOMPARE(rows(m_committee->auditEntries(13).value().mid(0, 4)),
             QStringList({QStringLiteral("decision.update | FAST13 / Gamma | waitlist | rejected"),
                          euros("decision.update | FAST13 / Gamma | laureate 250 000 € | waitlist"),
                          euros("decision.update | FAST13 / Gamma | laureate 300 000 € | laureate 250 000 €"),
                          euros("decision.update | FAST13 / Gamma | none | laureate 300 000 €")}));
}

void TestDecisionStore::setDecisionRefusals_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<qint64>("grantedEuros"); // -1: not given
    QTest::addColumn<QString>("message");
    QTest::newRow("above eligible")
        << int(Decision::Laureate) << qint64(350000)
        << euros("The granted amount 350 000 € is more than the eligible amount 300 000 €: the fund pays at most 50 "
                 "% of the annual budget (500 000 € of 1 000 000 €) and at most 300 000 €, and never more than the "
                 "requested 400 000 €.");
    QTest::newRow("zero granted") << int(Decision::Laureate) << qint64(0)
                                  << QStringLiteral(
                                         "A laureate's granted amount must be more than 0 € (given: 0\u00A0€).");
    QTest::newRow("granted to a waitlisted one")
        << int(Decision::Waitlist) << qint64(1000)
        << euros("Only a laureate has a granted amount: Gamma would be Waitlist with 1 000 € granted.");
}

void TestDecisionStore::setDecisionRefusals()
{
    QFETCH(int, decision);
    QFETCH(qint64, grantedEuros);
    QFETCH(QString, message);
    addCommittee();
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    const int audits = auditCount();
    const std::optional<Money> granted =
        grantedEuros < 0 ? std::nullopt : std::optional<Money>(Money::fromEuros(grantedEuros));
    const Outcome decided = m_decisions->setDecision(gamma, Decision(decision), granted);
    QVERIFY(!decided.ok());
    QCOMPARE(decided.error(), message);
    QCOMPARE(m_committee->candidate(gamma).value()->decision, Decision::None);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(m_decisions->setDecision(123456, Decision::Rejected).error(),
             QStringLiteral("This candidate no longer exists."));
}

void TestDecisionStore::restoreDecisionsUndoesAppliedProposal()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 beta = candidateId(QStringLiteral("Beta"));
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    for (const CommitteeMember &member : std::as_const(m_members)) {
        noteAll(alpha, member.id, 4);
        noteAll(beta, member.id, 3);
        noteAll(gamma, member.id, 2);
    }
    QVERIFY(m_decisions->setDecision(alpha, Decision::Laureate, Money::fromCents(5000050)).ok());
    QVERIFY(m_decisions->setDecision(gamma, Decision::Rejected).ok());
    const QList<CandidateDecision> before{{alpha, Decision::Laureate, Money::fromCents(5000050)},
                                          {beta, Decision::None, Money()},
                                          {gamma, Decision::Rejected, Money()}};
    QCOMPARE(m_decisions->applyProposal(13).value().size(), 3);
    QCOMPARE(m_committee->candidate(alpha).value()->granted, Money::fromEuros(100000));
    QCOMPARE(m_committee->candidate(gamma).value()->decision, Decision::Waitlist);

    const int audits = auditCount();
    QSignalSpy decisions(m_decisions.get(), &DecisionStore::decisionsChanged);
    const Outcome restored = m_decisions->restoreDecisions(13, before);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(m_committee->candidate(alpha).value()->decision, Decision::Laureate);
    QCOMPARE(m_committee->candidate(alpha).value()->granted, Money::fromCents(5000050));
    QCOMPARE(m_committee->candidate(beta).value()->decision, Decision::None);
    QCOMPARE(m_committee->candidate(beta).value()->granted, Money());
    QCOMPARE(m_committee->candidate(gamma).value()->decision, Decision::Rejected);
    QCOMPARE(auditCount(), audits + 3);
    QCOMPARE(rows(m_committee->auditEntries(13).value().mid(0, 3)),
             QStringList({QStringLiteral("decision.update | FAST13 / Gamma | waitlist | rejected"),
                          euros("decision.update | FAST13 / Beta | laureate 150 000 € | none"),
                          QStringLiteral("decision.update | FAST13 / Alpha | laureate 100\u00A0000\u00A0€ | "
                                         "laureate 50\u00A0000,50\u00A0€")}));

    // Restoring what already stands writes nothing.
    QCOMPARE(m_decisions->restoreDecisions(13, before).ok(), true);
    QCOMPARE(auditCount(), audits + 3);
    QCOMPARE(decisions.size(), 1);
}

void TestDecisionStore::restoreDecisionsRefusals()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    const int audits = auditCount();

    // All or nothing: Alpha's valid restore is not written when Gamma's amount is refused.
    const Outcome aboveEligible = m_decisions->restoreDecisions(
        13, {{alpha, Decision::Rejected, Money()}, {gamma, Decision::Laureate, Money::fromEuros(350000)}});
    QCOMPARE(aboveEligible.error(),
             euros("Gamma: The granted amount 350 000 € is more than the eligible amount 300 000 €: the fund pays at "
                   "most 50 % of the annual budget (500 000 € of 1 000 000 €) and at most 300 000 €, and never more "
                   "than the requested 400 000 €."));
    QCOMPARE(m_committee->candidate(alpha).value()->decision, Decision::None);
    QCOMPARE(m_decisions->restoreDecisions(13, {{gamma, Decision::Waitlist, Money::fromEuros(10)}}).error(),
             euros("Only a laureate has a granted amount: Gamma would be Waitlist with 10 € granted."));
    QCOMPARE(m_decisions->restoreDecisions(13, {{987654, Decision::Rejected, Money()}}).error(),
             QStringLiteral("Candidate 987654 is not in FAST13: its decision cannot be restored."));
    QCOMPARE(m_decisions->restoreDecisions(99, {}).error(), QStringLiteral("There is no promotion FAST99."));
    QCOMPARE(auditCount(), audits);

    for (const Candidate &candidate : m_committee->candidates(13).value())
        QVERIFY(m_decisions->setDecision(candidate.id, Decision::Rejected).ok());
    QVERIFY(m_committee->closePromotion(13, QDate(2026, 11, 14)).ok());
    QCOMPARE(m_decisions->restoreDecisions(13, {{alpha, Decision::None, Money()}}).error(), closedMessage);
    QCOMPARE(m_committee->candidate(alpha).value()->decision, Decision::Rejected);
}

void TestDecisionStore::noPathMakesAZeroEuroLaureate()
{
    // rules.md: a laureate always has 0 < granted ≤ eligible, whatever path set it. A budget of 0,01 € at
    // 50 % makes floor(0,5 cent) = 0 € eligible: the candidate is ranked first, yet nothing may be granted.
    addCommittee();
    Candidate nothing = makeCandidate(QStringLiteral("Zéro"), 0, 1);
    nothing.annualBudget = Money::fromCents(1);
    QVERIFY(m_committee->addCandidate(13, nothing).ok());
    const qint64 zero = candidateId(QStringLiteral("Zéro"));
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    for (const CommitteeMember &member : std::as_const(m_members)) {
        noteAll(zero, member.id, 5);
        noteAll(alpha, member.id, 4);
    }
    const QString zeroRefusal = QStringLiteral("A laureate's granted amount must be more than 0 € (given: 0\u00A0€).");

    // The proposal: rejected, and says why.
    const Result<Proposal> proposal = m_scoring->proposal(13);
    QVERIFY(proposal.ok());
    QCOMPARE(proposal.value().decisions().size(), 2);
    const ProposedDecision first = proposal.value().decisions().at(0);
    QCOMPARE(first.name, QStringLiteral("Zéro"));
    QCOMPARE(first.decision, Decision::Rejected);
    QCOMPARE(first.reason, ProposalReason::NothingEligible);
    QCOMPARE(first.explanation, euros("nothing eligible: its eligible amount is 0 €"));
    QCOMPARE(first.granted, Money());
    QCOMPARE(proposal.value().decisions().at(1).explanation, euros("within the envelope (remaining after: 200 000 €)"));

    // 1. propose --apply: Zéro is rejected, never a 0 € laureate.
    QVERIFY(m_decisions->applyProposal(13).ok());
    QCOMPARE(m_committee->candidate(zero).value()->decision, Decision::Rejected);
    QCOMPARE(m_committee->candidate(zero).value()->granted, Money());

    // 2. decide: refused, whether the amount is defaulted to eligible or given as 0 €.
    const int audits = auditCount();
    QCOMPARE(m_decisions->setDecision(zero, Decision::Laureate).error(), zeroRefusal);
    QCOMPARE(m_decisions->setDecision(zero, Decision::Laureate, Money()).error(), zeroRefusal);

    // 3. undo (restoring decisions): refused, all or nothing.
    QCOMPARE(
        m_decisions->restoreDecisions(13, {{alpha, Decision::Waitlist, Money()}, {zero, Decision::Laureate, Money()}})
            .error(),
        QStringLiteral("Zéro: ") + zeroRefusal);
    QCOMPARE(m_committee->candidate(alpha).value()->decision, Decision::Laureate);

    // 4. import: a laureate row with 0 € granted is refused, nothing written.
    Candidate imported = makeCandidate(QStringLiteral("Importé"), 400000, 100000);
    imported.decision = Decision::Laureate;
    imported.granted = Money();
    QVERIFY(!m_committee->importCandidates(13, {imported}).ok());
    QCOMPARE(candidateId(QStringLiteral("Importé")), qint64(0));
    QCOMPARE(m_committee->candidate(zero).value()->decision, Decision::Rejected);
    QCOMPARE(auditCount(), audits);

    // A file written before the rule held on every path, or changed by hand, is never closed with it.
    QSqlQuery query(m_database->connection());
    QVERIFY(
        query.prepare(QStringLiteral("UPDATE candidates SET decision = 'laureate', granted_cents = 0 WHERE id = ?")));
    query.addBindValue(zero);
    QVERIFY(query.exec());
    for (const Candidate &candidate : m_committee->candidates(13).value()) {
        if (candidate.id != zero && candidate.decision == Decision::None)
            QVERIFY(m_decisions->setDecision(candidate.id, Decision::Rejected).ok());
    }
    QCOMPARE(m_committee->closePromotion(13, QDate(2026, 11, 14)).error(),
             QStringLiteral("FAST13 cannot be closed: The laureate Zéro breaks the rule: ") + zeroRefusal);
    QVERIFY(!m_committee->promotion(13).value()->isClosed());
}

void TestDecisionStore::decidingWhatAnotherWindowChangedIsRefused()
{
    // A second window (or process) on the same committee, its own connection and stores.
    addCommittee();
    TestClock clock;
    clock.set(QDateTime(QDate(2026, 12, 3), QTime(10, 42, 7), Qt::UTC));
    Database other;
    other.setClock(clock);
    QVERIFY(other.open(m_address).ok());
    CommitteeStore otherCommittee(other);
    otherCommittee.setOperatorName(QStringLiteral("Claire Martin"));
    ScoringStore otherScoring(otherCommittee);
    DecisionStore otherDecisions(otherCommittee, otherScoring);

    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const CandidateDecision seen{alpha, Decision::None, Money()};
    QVERIFY(otherDecisions.setDecision(alpha, Decision::Laureate, Money::fromEuros(90000), seen).ok());
    const int auditBefore = auditCount();
    const Outcome refused = m_decisions->setDecision(alpha, Decision::Waitlist, std::nullopt, seen);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), euros("Alpha was changed by Claire Martin at %1 while you were deciding: it is now "
                                    "\"Laureate, 90 000 € granted\". Nothing was written; decide again to "
                                    "replace it.")
                                  .arg(QDateTime(QDate(2026, 12, 3), QTime(10, 42, 7), Qt::UTC)
                                           .toLocalTime()
                                           .toString(QStringLiteral("HH:mm:ss"))));
    QCOMPARE(auditCount(), auditBefore);
    const Candidate stored = *m_committee->candidate(alpha).value();
    QCOMPARE(stored.decision, Decision::Laureate);
    QCOMPARE(stored.granted, Money::fromEuros(90000));
    // Having seen it, the operator decides again: written.
    QVERIFY(m_decisions
                ->setDecision(alpha, Decision::Waitlist, std::nullopt,
                              CandidateDecision{alpha, Decision::Laureate, Money::fromEuros(90000)})
                .ok());
    QCOMPARE(m_committee->candidate(alpha).value()->decision, Decision::Waitlist);
}

QTEST_GUILESS_MAIN(TestDecisionStore)
#include "tst_decisionstore.moc"

void TestDecisionStore::aSignedAgreementKeepsItsDecision()
{
    addCommittee();
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    // Scored so that the proposal would put Gamma on the waiting list (as in applyProposal above).
    for (const CommitteeMember &member : std::as_const(m_members)) {
        noteAll(candidateId(QStringLiteral("Alpha")), member.id, 4);
        noteAll(candidateId(QStringLiteral("Beta")), member.id, 3);
        noteAll(gamma, member.id, 2);
    }
    QVERIFY(m_decisions->setDecision(gamma, Decision::Laureate).ok());
    FollowUpStore followUp(*m_committee);
    QVERIFY(followUp.sign(gamma, QDate(2025, 7, 1), QStringLiteral("CONV-1")).ok());
    const int audits = auditCount();
    const QString kept = euros("Gamma's agreement was signed on 01/07/2025 for 300 000 €: its decision and granted "
                               "amount stay as they are. Record an amendment or the withdrawal in its follow-up "
                               "instead.");
    // Every path that writes a decision: the decision itself, the proposal, and the undo of an earlier one.
    QCOMPARE(m_decisions->setDecision(gamma, Decision::Rejected).error(), kept);
    QCOMPARE(m_decisions->setDecision(gamma, Decision::Laureate, Money::fromEuros(250000)).error(), kept);
    QCOMPARE(m_decisions->restoreDecisions(13, {CandidateDecision{gamma, Decision::None, Money()}}).error(), kept);
    QCOMPARE(m_decisions->applyProposal(13).error(), kept);
    QCOMPARE(m_committee->candidate(gamma).value()->decision, Decision::Laureate);
    QCOMPARE(m_committee->candidate(gamma).value()->granted, Money::fromEuros(300000));
    QCOMPARE(auditCount(), audits);
    // The same decision again changes nothing and is no refusal.
    QVERIFY(m_decisions->setDecision(gamma, Decision::Laureate, Money::fromEuros(300000)).ok());

    // Withdrawn, the agreement no longer holds the decision.
    QVERIFY(followUp.withdraw(gamma, QDate(2025, 8, 1), QStringLiteral("abandon")).ok());
    QVERIFY(m_decisions->setDecision(gamma, Decision::Rejected).ok());
    QCOMPARE(m_committee->candidate(gamma).value()->decision, Decision::Rejected);
}
