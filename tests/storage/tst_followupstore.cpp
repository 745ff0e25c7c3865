#include "ScoringFixture.h"

#include "reports/EnvelopeGauge.h"
#include "reports/PromotionTotals.h"
#include "reports/RankingTable.h"
#include "storage/CommitteeTransfer.h"
#include "storage/FollowUpStore.h"
#include "storage/ServerChanges.h"

#include "StatementFaults.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

// FollowUpStore on a database file (and on the PostgreSQL server, ctest's _postgresql entry): each write with
// its rows, its audit rows and one signal; each refusal with its message and nothing written; the follow-up of
// a closed promotion editable while its decisions stay closed; the undo data put back exactly; a withdrawal's
// freed amount back in the envelope's figures to the cent; the payments of a bank file all or nothing; the
// opening key of a year; and a committee copied with its follow-up.
class TestFollowUpStore : public QObject, protected ScoringFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signWritesTranchesMilestonesAndAudit();
    void onlyALaureateHasAFollowUp();
    void closedPromotionKeepsItsFollowUpEditable();
    void undoPutsTheFollowUpBack();
    void refusalWritesNothing();
    void withdrawalFreesTheEnvelope();
    void paymentsAreAllOrNothing();
    void openingKeyOfAYear();
    void copiedWithTheCommittee();
    void anotherWindowHearsOfIt();
    void everyFailedStatementLeavesNothing_data();
    void everyFailedStatementLeavesNothing();

private:
    // Alpha (100 000 €) and Beta (150 000 €) laureates of FAST13 (envelope 300 000 €), Gamma and Delta not.
    void decideLaureates();
    // The follow-up rows of the audit log, oldest first, as "action | subject | old | new".
    QStringList followUpAudit() const;
    int rowCount(const QString &table) const;

    std::unique_ptr<FollowUpStore> m_followUp;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
};

void TestFollowUpStore::init()
{
    openStores(QStringLiteral("followup.sqlite"));
    // Skipped (no test server) or failed to open: openStores said why.
    if (!m_committee)
        return;
    m_followUp = std::make_unique<FollowUpStore>(*m_committee);
    addCommittee();
    decideLaureates();
}

void TestFollowUpStore::cleanup()
{
    m_followUp.reset();
    closeStores();
}

void TestFollowUpStore::decideLaureates()
{
    m_alpha = candidateId(QStringLiteral("Alpha"));
    m_beta = candidateId(QStringLiteral("Beta"));
    QVERIFY(m_decisions->setDecision(m_alpha, Decision::Laureate).ok());
    QVERIFY(m_decisions->setDecision(m_beta, Decision::Laureate).ok());
    QVERIFY(m_decisions->setDecision(candidateId(QStringLiteral("Gamma")), Decision::Waitlist).ok());
    QVERIFY(m_decisions->setDecision(candidateId(QStringLiteral("Delta")), Decision::Rejected).ok());
}

QStringList TestFollowUpStore::followUpAudit() const
{
    QList<AuditEntry> entries = m_committee->auditEntries().value();
    std::reverse(entries.begin(), entries.end());
    QList<AuditEntry> followUp;
    for (const AuditEntry &entry : entries) {
        if (entry.action.startsWith(QLatin1String("followup.")) || entry.action.startsWith(QLatin1String("year.")))
            followUp.append(entry);
    }
    return rows(followUp);
}

int TestFollowUpStore::rowCount(const QString &table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestFollowUpStore::signWritesTranchesMilestonesAndAudit()
{
    QSignalSpy changed(m_followUp.get(), &FollowUpStore::followUpChanged);
    QSignalSpy candidates(m_committee.get(), &CommitteeStore::candidatesChanged);
    const Result<FollowUpChange> signedUp = m_followUp->sign(m_alpha, QDate(2025, 7, 1), QStringLiteral("CONV-13-01"));
    QVERIFY2(signedUp.ok(), qPrintable(signedUp.error()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 13);
    // Relayed: the envelope's views read the candidates again.
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(signedUp.value().before.status(), FollowUpStatus::ToSign);

    const LaureateFollowUp alpha = m_followUp->laureate(m_alpha).value();
    QCOMPARE(alpha, signedUp.value().after);
    QCOMPARE(alpha.name, QStringLiteral("Alpha"));
    QCOMPARE(alpha.promotionYear, 2025);
    QCOMPARE(alpha.granted.cents(), Q_INT64_C(10000000));
    QCOMPARE(alpha.agreement.signedOn, QDate(2025, 7, 1));
    QCOMPARE(alpha.tranches.size(), 2);
    QCOMPARE(alpha.tranches.at(0).planned.cents(), Q_INT64_C(7893000));
    QCOMPARE(alpha.tranches.at(1).planned.cents(), Q_INT64_C(2107000));
    QCOMPARE(alpha.tranches.at(1).plannedOn, QDate(2025, 10, 1));
    QCOMPARE(alpha.milestones.size(), 3);
    QCOMPARE(alpha.status(), FollowUpStatus::Signed);
    QCOMPARE(rowCount(QStringLiteral("agreements")), 1);
    QCOMPARE(rowCount(QStringLiteral("tranches")), 2);
    QCOMPARE(rowCount(QStringLiteral("milestones")), 3);
    QCOMPARE(followUpAudit(),
             QStringList({QStringLiteral("followup.agreement | FAST13 / Alpha / agreement reference |  | CONV-13-01"),
                          QStringLiteral("followup.agreement | FAST13 / Alpha / signature |  | 2025-07-01"),
                          euros("followup.tranche | FAST13 / Alpha / tranche 1 |  | 78 930 € planned on 2025-07-01"),
                          euros("followup.tranche | FAST13 / Alpha / tranche 2 |  | 21 070 € planned on 2025-10-01"),
                          QStringLiteral("followup.milestone | FAST13 / Alpha / kickoff |  | planned on 2025-07-01"),
                          QStringLiteral("followup.milestone | FAST13 / Alpha / midterm |  | planned on 2025-10-01"),
                          QStringLiteral("followup.milestone | FAST13 / Alpha / end |  | planned on 2026-01-01")}));

    // Paid: one tranche row changes, one audit row.
    QVERIFY(m_followUp->markPaid(m_alpha, 1, QDate(2025, 7, 20), std::nullopt, QStringLiteral("VIR-1")).ok());
    QCOMPARE(followUpAudit().constLast(),
             euros("followup.tranche | FAST13 / Alpha / tranche 1 | 78 930 € planned on 2025-07-01 | 78 930 € planned "
                   "on 2025-07-01, paid 78 930 € on 2025-07-20 (VIR-1)"));
    QCOMPARE(m_followUp->laureate(m_alpha).value().status(), FollowUpStatus::Paying);
    QCOMPARE(changed.size(), 2);

    // The promotion's read: its laureates by name, with what each has.
    const QList<LaureateFollowUp> promotion = m_followUp->promotionFollowUp(13).value();
    QCOMPARE(promotion.size(), 2);
    QCOMPARE(promotion.at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(promotion.at(0).paid().cents(), Q_INT64_C(7893000));
    QCOMPARE(promotion.at(1).name, QStringLiteral("Beta"));
    QCOMPARE(promotion.at(1).status(), FollowUpStatus::ToSign);
}

void TestFollowUpStore::onlyALaureateHasAFollowUp()
{
    const int audits = auditCount();
    const Result<FollowUpChange> refused =
        m_followUp->sign(candidateId(QStringLiteral("Gamma")), QDate(2025, 7, 1), QString());
    QCOMPARE(refused.error(), QStringLiteral("FAST13 / Gamma is not a laureate: only a laureate has a follow-up."));
    QCOMPARE(auditCount(), audits);
    QCOMPARE(rowCount(QStringLiteral("agreements")), 0);
}

void TestFollowUpStore::closedPromotionKeepsItsFollowUpEditable()
{
    QVERIFY(m_committee->closePromotion(13, QDate(2025, 6, 20)).ok());
    const Result<FollowUpChange> signedUp = m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString());
    QVERIFY2(signedUp.ok(), qPrintable(signedUp.error()));
    QVERIFY(m_followUp->markPaid(m_alpha, 1, QDate(2025, 7, 2)).ok());
    QVERIFY(m_followUp->withdraw(m_beta, QDate(2025, 7, 3), QStringLiteral("abandon")).ok());
    // The decisions stay closed, whatever the follow-up does.
    QCOMPARE(m_decisions->setDecision(m_alpha, Decision::Rejected).error(),
             QStringLiteral("FAST13 is closed: reopen it before changing it."));
    QCOMPARE(m_committee->candidate(m_alpha).value()->decision, Decision::Laureate);
}

void TestFollowUpStore::undoPutsTheFollowUpBack()
{
    const FollowUpChange signedUp = m_followUp->sign(m_alpha, QDate(2025, 7, 1), QStringLiteral("CONV-1")).value();
    const FollowUpChange paid = m_followUp->markPaid(m_alpha, 1, QDate(2025, 7, 2)).value();
    QCOMPARE(paid.before, signedUp.after);
    // Undo, undo: the rows are what they were (the audit log keeps the story).
    QVERIFY(m_followUp->save(paid.before).ok());
    QVERIFY(m_followUp->save(signedUp.before).ok());
    QCOMPARE(rowCount(QStringLiteral("agreements")), 0);
    QCOMPARE(rowCount(QStringLiteral("tranches")), 0);
    QCOMPARE(rowCount(QStringLiteral("milestones")), 0);
    QCOMPARE(m_followUp->laureate(m_alpha).value(), signedUp.before);
    QCOMPARE(followUpAudit().size(), 7 + 1 + 1 + 7);
    // Redo.
    QVERIFY(m_followUp->save(paid.after).ok());
    QCOMPARE(m_followUp->laureate(m_alpha).value(), paid.after);
}

void TestFollowUpStore::refusalWritesNothing()
{
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString()).ok());
    const LaureateFollowUp signedAlpha = m_followUp->laureate(m_alpha).value();
    const int audits = auditCount();
    QSignalSpy changed(m_followUp.get(), &FollowUpStore::followUpChanged);
    QCOMPARE(m_followUp->addTranche(m_alpha, QDate(2025, 12, 1), Money::fromEuros(1)).error(),
             euros("FAST13 / Alpha, tranche 3 of 1 € brings the tranches to 100 001 €, 1 € more than the commitment "
                   "of 100 000 €."));
    QCOMPARE(m_followUp->markPaid(m_alpha, 2, QDate(2025, 6, 30)).error(),
             QStringLiteral("FAST13 / Alpha, tranche 2 is paid on 30/06/2025, before the agreement was signed on "
                            "01/07/2025."));
    LaureateFollowUp wrong = signedAlpha;
    wrong.agreement.amended = Money::fromEuros(90000);
    QCOMPARE(m_followUp->save(wrong).error(),
             euros("FAST13 / Alpha: the amendment that commits 90 000 € instead of the granted 100 000 € needs its "
                   "reason."));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(m_followUp->laureate(m_alpha).value(), signedAlpha);
    // An amendment with its reason, below the tranches planned: refused with the tranche that passes it.
    QCOMPARE(m_followUp->amend(m_alpha, Money::fromEuros(90000), QStringLiteral("budget revu")).error(),
             euros("FAST13 / Alpha, tranche 2 of 21 070 € brings the tranches to 100 000 €, 10 000 € more than the "
                   "commitment of 90 000 €."));
}

void TestFollowUpStore::withdrawalFreesTheEnvelope()
{
    const auto figures = [this](qint64 consumedCents) {
        const QList<Candidate> candidates = m_committee->candidates(13).value();
        const Promotion promotion = *m_committee->promotion(13).value();
        QCOMPARE(Promotion::consumed(candidates).cents(), consumedCents);
        QCOMPARE(PromotionTotals::compute(promotion, candidates, int(candidates.size())).remaining().cents(),
                 Q_INT64_C(30000000) - consumedCents);
        QCOMPARE(EnvelopeGauge::compute(promotion, candidates).remaining().cents(),
                 Q_INT64_C(30000000) - consumedCents);
        // The ranking's gauge reads the ranking table.
        const RankingTable table =
            RankingTable::build(m_scoring->ranking(13).value(), m_scoring->proposal(13).value(), candidates, promotion);
        QCOMPARE(EnvelopeGauge::fromTable(table).consumed().cents(), consumedCents);
    };
    figures(Q_INT64_C(25000000));

    // Alpha withdraws before any payment: its 100 000 € go back to the envelope.
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString()).ok());
    QVERIFY(m_followUp->withdraw(m_alpha, QDate(2025, 7, 15), QStringLiteral("projet abandonné")).ok());
    QCOMPARE(m_committee->candidate(m_alpha).value()->released.cents(), Q_INT64_C(10000000));
    figures(Q_INT64_C(15000000));

    // Beta withdraws after its first tranche (118 395 €): it keeps what was paid, 31 605 € go back.
    QVERIFY(m_followUp->sign(m_beta, QDate(2025, 7, 1), QString()).ok());
    QVERIFY(m_followUp->markPaid(m_beta, 1, QDate(2025, 7, 10)).ok());
    QCOMPARE(m_followUp->laureate(m_beta).value().paid().cents(), Q_INT64_C(11839500));
    QVERIFY(m_followUp->withdraw(m_beta, QDate(2025, 9, 1), QString()).ok());
    QCOMPARE(m_committee->candidate(m_beta).value()->released.cents(), Q_INT64_C(3160500));
    figures(Q_INT64_C(11839500));
    QCOMPARE(followUpAudit().constLast(), QStringLiteral("followup.tranche | FAST13 / Beta / tranche 2 | ") +
                                              euros("31 605 € planned on 2025-10-01 | "));
}

void TestFollowUpStore::paymentsAreAllOrNothing()
{
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString()).ok());
    QVERIFY(m_followUp->sign(m_beta, QDate(2025, 7, 1), QString()).ok());
    const QString before = TestSupport::dumpTables(m_database->connection());
    QSignalSpy changed(m_followUp.get(), &FollowUpStore::followUpChanged);
    const QList<PaymentRecord> payments{
        {QStringLiteral("bank.csv:2"), m_alpha, QStringLiteral("VIR-1"), QDate(2025, 7, 5), Money::fromEuros(78930)},
        {QStringLiteral("bank.csv:3"), m_beta, QStringLiteral("VIR-2"), QDate(2025, 7, 5), Money::fromEuros(118395)},
        {QStringLiteral("bank.csv:4"), m_alpha, QStringLiteral("VIR-3"), QDate(2025, 10, 5), Money::fromEuros(30000)},
    };
    QCOMPARE(m_followUp->recordPayments(payments).error(),
             euros("bank.csv:4: FAST13 / Alpha, tranche 2 of 30 000 € brings the tranches to 108 930 €, 8 930 € more "
                   "than the commitment of 100 000 €."));
    QCOMPARE(TestSupport::dumpTables(m_database->connection()), before);
    QCOMPARE(changed.size(), 0);

    QList<PaymentRecord> fixed = payments;
    fixed[2].amount = Money::fromEuros(21070);
    const Result<QList<FollowUpChange>> recorded = m_followUp->recordPayments(fixed);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
    QCOMPARE(recorded.value().size(), 2);
    QCOMPARE(recorded.value().at(0).after.status(), FollowUpStatus::PaidInFull);
    QCOMPARE(recorded.value().at(1).after.status(), FollowUpStatus::Paying);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_followUp->laureate(m_alpha).value().paid().cents(), Q_INT64_C(10000000));
    // Its undo.
    QVERIFY(m_followUp->restore({recorded.value().at(0).before, recorded.value().at(1).before}).ok());
    QCOMPARE(m_followUp->laureate(m_alpha).value().paid().cents(), Q_INT64_C(0));
    QCOMPARE(m_followUp->laureate(m_beta).value().paid().cents(), Q_INT64_C(0));
}

void TestFollowUpStore::openingKeyOfAYear()
{
    QCOMPARE(m_followUp->openingKey(2031).value().firstBasisPoints, 7893);
    QSignalSpy keys(m_followUp.get(), &FollowUpStore::openingKeysChanged);
    const Result<OpeningKey> replaced = m_followUp->setOpeningKey(2025, 6000);
    QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
    QCOMPARE(replaced.value().firstBasisPoints, 7893);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(m_followUp->openingKey(2025).value().firstBasisPoints, 6000);
    // A year without a row gets one.
    QVERIFY(m_followUp->setOpeningKey(2031, 10000).ok());
    QCOMPARE(m_followUp->openingKey(2031).value().firstBasisPoints, 10000);
    QCOMPARE(m_followUp->setOpeningKey(2025, 0).error(),
             QStringLiteral("The opening key of 2025: the first tranche's share is 0 %; it must be more than 0 % and "
                            "at most 100 %."));
    QCOMPARE(followUpAudit(),
             QStringList({QStringLiteral("year.opening_key | 2025 / opening key | 78,93 % / 21,07 % | 60 % / 40 %"),
                          QStringLiteral("year.opening_key | 2031 / opening key | 78,93 % / 21,07 % | 100 % / 0 %")}));
    // Signing in 2025 follows 2025's key.
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString()).ok());
    QCOMPARE(m_followUp->laureate(m_alpha).value().tranches.at(0).planned.cents(), Q_INT64_C(6000000));
}

void TestFollowUpStore::copiedWithTheCommittee()
{
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QStringLiteral("CONV-1")).ok());
    QVERIFY(m_followUp->markPaid(m_alpha, 1, QDate(2025, 7, 2)).ok());
    QVERIFY(m_followUp->withdraw(m_beta, QDate(2025, 7, 3), QStringLiteral("abandon")).ok());
    QVERIFY(m_followUp->setOpeningKey(2026, 5000).ok());
    Database target;
    QVERIFY(target.open(m_dir->filePath(QStringLiteral("copy.sqlite"))).ok());
    const auto copied = CommitteeTransfer::copy(m_database->connection(), target.connection());
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    CommitteeStore committee(target);
    FollowUpStore followUp(committee);
    QCOMPARE(followUp.promotionFollowUp(13).value(), m_followUp->promotionFollowUp(13).value());
    QCOMPARE(followUp.openingKey(2026).value().firstBasisPoints, 5000);
    QCOMPARE(committee.candidate(m_beta).value()->released.cents(), Q_INT64_C(15000000));
}

void TestFollowUpStore::anotherWindowHearsOfIt()
{
    // Another window on the same server committee: its envelope's views reload when this one's follow-up changes.
    if (!m_location)
        QSKIP("Only a committee on a PostgreSQL server announces its changes to other windows.");
    Database other;
    QVERIFY(other.open(m_address).ok());
    CommitteeStore committee(other);
    ScoringStore scoring(committee);
    DecisionStore decisions(committee, scoring);
    ServerChanges changes(other, committee, scoring, decisions);
    QVERIFY(changes.isListening());
    QSignalSpy elsewhere(&changes, &ServerChanges::changedElsewhere);
    QSignalSpy candidates(&committee, &CommitteeStore::candidatesChanged);
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(elsewhere.size() >= 3, 2000);
    QStringList tables;
    for (const QList<QVariant> &notice : std::as_const(elsewhere)) {
        tables.append(notice.at(0).toString());
        QCOMPARE(notice.at(1).toInt(), 13);
    }
    tables.sort();
    QCOMPARE(tables,
             QStringList({QStringLiteral("agreements"), QStringLiteral("milestones"), QStringLiteral("tranches")}));
    QCOMPARE(candidates.size(), 3);
    QVERIFY(m_followUp->withdraw(m_alpha, QDate(2025, 7, 2), QString()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(committee.candidate(m_alpha).value()->released.cents(), Q_INT64_C(10000000), 2000);
}

void TestFollowUpStore::everyFailedStatementLeavesNothing_data()
{
    QTest::addColumn<int>("write");
    QTest::addColumn<bool>("reads");
    for (const bool reads : {false, true}) {
        const char *counted = reads ? "reads" : "row changes";
        QTest::addRow("signature, %s", counted) << 0 << reads;
        QTest::addRow("bank file, %s", counted) << 1 << reads;
        QTest::addRow("withdrawal, %s", counted) << 2 << reads;
    }
}

void TestFollowUpStore::everyFailedStatementLeavesNothing()
{
    // Each statement of a write made to fail in turn (SQLite's statement trace): the write is refused in words,
    // the tables are as they were, nothing is signalled.
    if (m_location)
        QSKIP("The statement faults are SQLite's.");
    QFETCH(int, write);
    QFETCH(bool, reads);
    const StatementFaults::Counted counted =
        reads ? StatementFaults::Counted::Reads : StatementFaults::Counted::RowChanges;
    // What comes before the write, then the write itself.
    const auto prepare = [this, write] {
        QVERIFY(m_followUp->sign(m_beta, QDate(2025, 7, 1), QString()).ok());
        if (write >= 1)
            QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString()).ok());
        if (write == 2)
            QVERIFY(m_followUp->markPaid(m_beta, 1, QDate(2025, 7, 2)).ok());
    };
    const auto act = [this, write]() -> QString {
        if (write == 0)
            return m_followUp->sign(m_alpha, QDate(2025, 7, 1), QStringLiteral("C-1")).error();
        if (write == 1)
            return m_followUp
                ->recordPayments({{QStringLiteral("bank.csv:2"), m_alpha, QStringLiteral("V-1"), QDate(2025, 7, 2),
                                   Money::fromEuros(78930)},
                                  {QStringLiteral("bank.csv:3"), m_beta, QStringLiteral("V-2"), QDate(2025, 7, 2),
                                   Money::fromEuros(1000)}})
                .error();
        return m_followUp->withdraw(m_beta, QDate(2025, 7, 3), QStringLiteral("abandon")).error();
    };

    int statements = 0;
    prepare();
    {
        StatementFaults faults(m_database->connection(), counted);
        QVERIFY(faults.isInstalled());
        faults.arm(0);
        QCOMPARE(act(), QString());
        statements = faults.statementCount();
    }
    QVERIFY2(statements >= 2, qPrintable(QString::number(statements)));
    for (int n = 1; n <= statements; ++n) {
        cleanup();
        init();
        prepare();
        const QString before = TestSupport::dumpTables(m_database->connection());
        QSignalSpy changed(m_followUp.get(), &FollowUpStore::followUpChanged);
        StatementFaults faults(m_database->connection(), counted);
        faults.arm(n);
        const QString error = act();
        faults.disarm();
        const QString where =
            QStringLiteral("statement %1 of %2: %3").arg(n).arg(statements).arg(faults.failedStatement());
        QVERIFY2(faults.failed(), qPrintable(where));
        QVERIFY2(!error.trimmed().isEmpty(), qPrintable(where));
        QVERIFY2(TestSupport::dumpTables(m_database->connection()) == before, qPrintable(where));
        QVERIFY2(changed.isEmpty(), qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestFollowUpStore)
#include "tst_followupstore.moc"
