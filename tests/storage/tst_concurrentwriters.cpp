#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include "TestDatabaseLocation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// Several processes writing one committee at the same moment, each through the core as a window does
// (tests/tools/committee_member): nine members writing and overwriting their own notes for 30 seconds
// (FAST_MEMBERS_SECONDS to change it) lose none, and two deciders racing on one candidate, released together
// by a barrier, give exactly one winner and tell the other who won and what. On the engine under test: the
// SQLite file (the busy timeout must hold) and the PostgreSQL server.
class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nineMembersLoseNoNote();
    void twoDecidersOneWinner();

private:
    static QString memberTool() { return QStringLiteral(FAST_COMMITTEE_MEMBER_TOOL); }
    int auditCount(const QString &action, const QString &operatorName) const;

    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_committee;
    std::unique_ptr<ScoringStore> m_scoring;
};

void TestConcurrentWriters::init()
{
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_location->address());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_committee = std::make_unique<CommitteeStore>(*m_database);
    m_committee->setOperatorName(QStringLiteral("Secrétariat"));
    m_scoring = std::make_unique<ScoringStore>(*m_committee);
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(2000000);
    QVERIFY(m_committee->addPromotion(promotion).ok());
}

void TestConcurrentWriters::cleanup()
{
    m_scoring.reset();
    m_committee.reset();
    m_database.reset();
    m_location.reset();
}

int TestConcurrentWriters::auditCount(const QString &action, const QString &operatorName) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND operator = ?"));
    query.addBindValue(action);
    query.addBindValue(operatorName);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestConcurrentWriters::nineMembersLoseNoNote()
{
    const int seconds =
        qEnvironmentVariableIsSet("FAST_MEMBERS_SECONDS") ? qEnvironmentVariableIntValue("FAST_MEMBERS_SECONDS") : 30;
    QList<Candidate> candidates;
    for (const char *name : {"Envergo", "Aides-territoires", "Mon Suivi Social", "Carbon"}) {
        Candidate candidate;
        candidate.name = QString::fromUtf8(name);
        candidate.carrier = QStringLiteral("DINUM");
        candidate.annualBudget = Money::fromEuros(400000);
        candidate.requested = Money::fromEuros(150000);
        candidates.append(candidate);
    }
    QVERIFY(m_committee->importCandidates(13, candidates).ok());
    QStringList names;
    for (int member = 1; member <= 9; ++member)
        names.append(QStringLiteral("Membre %1").arg(member));
    const Result<QList<CommitteeMember>> members = m_scoring->addMembers(13, names);
    QVERIFY2(members.ok(), qPrintable(members.error()));

    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString &name : names) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(memberTool(), {QStringLiteral("notes"), m_location->address(), QStringLiteral("13"), name,
                                      QString::number(seconds)});
        QVERIFY2(process->waitForStarted(), qPrintable(process->errorString()));
        processes.push_back(std::move(process));
    }

    // What each member wrote last in each cell, and how many writes each made.
    QHash<QString, int> expected; // "candidate member criterion" → note
    qint64 totalWrites = 0;
    for (int index = 0; index < 9; ++index) {
        QProcess &process = *processes.at(std::size_t(index));
        QVERIFY2(process.waitForFinished((seconds + 60) * 1000), qPrintable(names.at(index)));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(names.at(index) + QStringLiteral(": ") + output +
                            QString::fromUtf8(process.readAllStandardError())));
        const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4 * 5 + 1);
        QVERIFY2(lines.last().startsWith(QLatin1String("writes ")), qPrintable(lines.last()));
        const int writes = lines.last().mid(7).toInt();
        // Every member got through its cells many times over: the writers really overlapped.
        QVERIFY2(writes >= 4 * 5 * 2, qPrintable(lines.last()));
        QCOMPARE(auditCount(QStringLiteral("score.set"), names.at(index)), writes);
        totalWrites += writes;
        const qint64 memberId = members.value().at(index).id;
        for (const QString &line : lines.mid(0, lines.size() - 1)) {
            const QStringList parts = line.split(QLatin1Char(' '));
            QCOMPARE(parts.size(), 3);
            expected.insert(parts.at(0) + QLatin1Char(' ') + QString::number(memberId) + QLatin1Char(' ') + parts.at(1),
                            parts.at(2).toInt());
        }
    }
    QCOMPARE(expected.size(), 9 * 4 * 5);

    // Every note present exactly once, with its member's last value.
    const Result<ScoreSheet> sheet = m_scoring->scoreSheet(13);
    QVERIFY(sheet.ok());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT n.candidate_id, n.member_id, c.position, n.note, COUNT(*) OVER "
                                      "(PARTITION BY n.candidate_id, n.member_id, n.criterion_id) FROM notes n "
                                      "JOIN criteria c ON c.id = n.criterion_id")));
    int stored = 0;
    while (query.next()) {
        ++stored;
        const QString cell = query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                             QLatin1Char(' ') + query.value(2).toString();
        QCOMPARE(query.value(4).toInt(), 1);
        QVERIFY2(expected.contains(cell), qPrintable(cell));
        QCOMPARE(query.value(3).toInt(), expected.value(cell));
    }
    QCOMPARE(stored, 9 * 4 * 5);
    qInfo("%lld notes written by nine members in %d s", totalWrites, seconds);
}

void TestConcurrentWriters::twoDecidersOneWinner()
{
    Candidate envergo;
    envergo.name = QStringLiteral("Envergo");
    envergo.carrier = QStringLiteral("DGALN");
    envergo.annualBudget = Money::fromEuros(600000);
    envergo.requested = Money::fromEuros(280000);
    const Result<Candidate> added = m_committee->addCandidate(13, envergo);
    QVERIFY(added.ok());
    const qint64 id = added.value().id;
    ScoringStore &scoring = *m_scoring;
    DecisionStore decisions(*m_committee, scoring);
    QTemporaryDir barriers;
    QVERIFY(barriers.isValid());

    QHash<QString, int> wins;
    for (int round = 0; round < 20; ++round) {
        QVERIFY(decisions.setDecision(id, Decision::None).ok());
        const int decisionRows = auditCount(QStringLiteral("decision.update"), QStringLiteral("Claire")) +
                                 auditCount(QStringLiteral("decision.update"), QStringLiteral("Paul"));
        const QString barrier = barriers.filePath(QStringLiteral("go-%1").arg(round));
        QProcess claire;
        QProcess paul;
        claire.start(memberTool(), {QStringLiteral("decide"), m_location->address(), QString::number(id),
                                    QStringLiteral("Claire"), QStringLiteral("laureate"), barrier});
        paul.start(memberTool(), {QStringLiteral("decide"), m_location->address(), QString::number(id),
                                  QStringLiteral("Paul"), QStringLiteral("waitlist"), barrier});
        // Both have read the decision (none) before either may write.
        for (QProcess *process : {&claire, &paul}) {
            QVERIFY(process->waitForStarted());
            QVERIFY(process->waitForReadyRead(30000));
            QCOMPARE(process->readLine().trimmed(), QByteArray("ready"));
        }
        QFile go(barrier);
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        QVERIFY(claire.waitForFinished(30000));
        QVERIFY(paul.waitForFinished(30000));
        const QString claireSaid = QString::fromUtf8(claire.readAllStandardOutput()).trimmed();
        const QString paulSaid = QString::fromUtf8(paul.readAllStandardOutput()).trimmed();
        QCOMPARE(claire.exitCode(), 0);
        QCOMPARE(paul.exitCode(), 0);

        // Exactly one won; the other was told who and what, and nothing of theirs was written.
        QVERIFY2((claireSaid == QLatin1String("saved")) != (paulSaid == QLatin1String("saved")),
                 qPrintable(claireSaid + QStringLiteral(" / ") + paulSaid));
        const bool claireWon = claireSaid == QLatin1String("saved");
        const QString loserSaid = claireWon ? paulSaid : claireSaid;
        const QString expectedStart = claireWon ? QStringLiteral("refused Envergo was changed by Claire at ")
                                                : QStringLiteral("refused Envergo was changed by Paul at ");
        const QString expectedEnd = claireWon ? QStringLiteral(" while you were deciding: it is now \"Laureate, "
                                                               "280\u00a0000\u00a0€ granted\". Nothing was written; "
                                                               "decide again to replace it.")
                                              : QStringLiteral(" while you were deciding: it is now \"Waitlist\". "
                                                               "Nothing was written; decide again to replace it.");
        QVERIFY2(loserSaid.startsWith(expectedStart) && loserSaid.endsWith(expectedEnd), qPrintable(loserSaid));
        const Candidate now = *m_committee->candidate(id).value();
        QCOMPARE(now.decision, claireWon ? Decision::Laureate : Decision::Waitlist);
        QCOMPARE(now.granted, claireWon ? Money::fromEuros(280000) : Money());
        QCOMPARE(auditCount(QStringLiteral("decision.update"), QStringLiteral("Claire")) +
                     auditCount(QStringLiteral("decision.update"), QStringLiteral("Paul")),
                 decisionRows + 1);
        wins[claireWon ? QStringLiteral("Claire") : QStringLiteral("Paul")] += 1;
    }
    qInfo("Claire won %d rounds, Paul %d", wins.value(QStringLiteral("Claire")), wins.value(QStringLiteral("Paul")));
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
