#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/PendingWrites.h"
#include "storage/ScoringStore.h"
#include "storage/ServerChanges.h"
#include "storage/ServerReconnect.h"
#include "storage/StorageError.h"

#include "RestartableTestServer.h"
#include "TestClock.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

// A committee's server stopped and started again under a session (issue #17, items 2 and 7): the lost
// connection is told apart from a refusal, the writes it cut are kept and sent once when it is back, a
// decision made meanwhile by another is still refused with who made it, and the session hears the others
// again. Each case runs against a server of its own (RestartableTestServer), which it stops and restarts;
// skipped, saying so, without FAST_TEST_POSTGRES.
class TestServerReconnect : public QObject
{
    Q_OBJECT

private slots:
    void kindOfError_data();
    void kindOfError();
    void init();
    void cleanup();
    void aLostConnectionIsToldApartFromARefusal();
    void notesKeptWhileTheServerIsDownAreWrittenOnce();
    void aDecisionChangedDuringTheOutageIsStillRefused();
    void aScoringSessionLosesNoNoteWhenTheServerRestarts();
    void anIdleSessionNoticesTheLossAndCatchesUp();
    void nothingToReconnectOnAnSqliteFile();

private:
    // One window's connection, its stores, and what keeps it going across a lost connection.
    struct Session
    {
        Database database;
        std::unique_ptr<CommitteeStore> committee;
        std::unique_ptr<ScoringStore> scoring;
        std::unique_ptr<DecisionStore> decisions;
        std::unique_ptr<ServerChanges> changes;
        std::unique_ptr<ServerReconnect> reconnect;
        std::unique_ptr<PendingWrites> pending;
    };
    static bool open(Session &session, const QString &address, const QString &operatorName);
    static void close(Session &session);
    // Writes a note as the window does: kept when the connection is lost, sent at once otherwise.
    static Outcome writeNote(Session &session, qint64 candidateId, qint64 memberId, int criterion, int note);
    // Every note of the committee as "candidate/member/criterion=note", read on a connection of its own.
    QStringList storedNotes() const;
    int auditRows(const QString &action) const;

    std::unique_ptr<RestartableTestServer> m_server;
    Session m_session;
    Session m_other;
    qint64 m_envergo = 0;
    qint64 m_mano = 0;
    QList<CommitteeMember> m_members;
};

bool TestServerReconnect::open(Session &session, const QString &address, const QString &operatorName)
{
    if (const Outcome opened = session.database.open(address); !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return false;
    }
    session.committee = std::make_unique<CommitteeStore>(session.database);
    session.committee->setOperatorName(operatorName);
    session.scoring = std::make_unique<ScoringStore>(*session.committee);
    session.decisions = std::make_unique<DecisionStore>(*session.committee, *session.scoring);
    session.changes =
        std::make_unique<ServerChanges>(session.database, *session.committee, *session.scoring, *session.decisions);
    session.reconnect = std::make_unique<ServerReconnect>(session.database);
    session.reconnect->setDelays({50, 100, 200});
    session.pending = std::make_unique<PendingWrites>();
    // What DatabaseSession does: listen again, send what was kept, then read what the others wrote.
    ServerChanges *changes = session.changes.get();
    PendingWrites *pending = session.pending.get();
    Database *database = &session.database;
    connect(session.reconnect.get(), &ServerReconnect::reconnected, changes, [changes, pending, database] {
        changes->listenAgain();
        pending->send([database] { return ServerReconnect::isConnectionLost(*database); });
        changes->relayEverything();
    });
    return true;
}

void TestServerReconnect::close(Session &session)
{
    session.pending.reset();
    session.reconnect.reset();
    session.changes.reset();
    session.decisions.reset();
    session.scoring.reset();
    session.committee.reset();
    session.database.close();
}

Outcome TestServerReconnect::writeNote(Session &session, qint64 candidateId, qint64 memberId, int criterion, int note)
{
    ScoringStore *scoring = session.scoring.get();
    const auto write = [scoring, candidateId, memberId, criterion, note] {
        return scoring->setNote(14, candidateId, memberId, criterion, note);
    };
    // Behind writes already kept, a write waits its turn: the order of the notes is the order typed.
    if (session.pending->isEmpty()) {
        const Outcome written = write();
        if (written || !ServerReconnect::isConnectionLost(session.database))
            return written;
    }
    session.pending->add(QStringLiteral("note %1").arg(note), write);
    session.reconnect->connectionLost();
    return Outcome::success();
}

QStringList TestServerReconnect::storedNotes() const
{
    Database reader;
    if (!reader.open(m_server->address()))
        return {QStringLiteral("unreadable")};
    QStringList notes;
    QSqlQuery query(reader.connection());
    query.exec(QStringLiteral("SELECT c.name, m.name, cr.position, n.note FROM notes n JOIN candidates c ON c.id = "
                              "n.candidate_id JOIN members m ON m.id = n.member_id JOIN criteria cr ON cr.id = "
                              "n.criterion_id ORDER BY c.name, m.name, cr.position"));
    while (query.next())
        notes.append(QStringLiteral("%1/%2/%3=%4")
                         .arg(query.value(0).toString(), query.value(1).toString())
                         .arg(query.value(2).toInt())
                         .arg(query.value(3).toInt()));
    return notes;
}

int TestServerReconnect::auditRows(const QString &action) const
{
    Database reader;
    if (!reader.open(m_server->address()))
        return -1;
    QSqlQuery query(reader.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestServerReconnect::kindOfError_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("lost");
    QTest::newRow("08006 connection failure") << "08006"
                                              << "" << true;
    QTest::newRow("08003 no connection") << "08003"
                                         << "" << true;
    QTest::newRow("57P01 admin shutdown") << "57P01"
                                          << "FATAL:  terminating connection due to administrator command" << true;
    QTest::newRow("57P02 crash shutdown") << "57P02"
                                          << "" << true;
    QTest::newRow("57P03 cannot connect now") << "57P03"
                                              << "the database system is starting up" << true;
    QTest::newRow("libpq without SQLSTATE")
        << ""
        << "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally" << true;
    QTest::newRow("no connection") << ""
                                   << "no connection to the server\n"
                                   << true;
    QTest::newRow("unique violation") << "23505"
                                      << "duplicate key value violates unique constraint" << false;
    QTest::newRow("row security") << "42501"
                                  << "permission denied for table notes" << false;
    QTest::newRow("serialization failure") << "40001"
                                           << "could not serialize access" << false;
    QTest::newRow("SQLite busy") << "5"
                                 << "database is locked" << false;
    QTest::newRow("SQLite I/O error") << "1034"
                                      << "disk I/O error" << false;
}

void TestServerReconnect::kindOfError()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(bool, lost);
    const QSqlError error(QStringLiteral("QPSQL: Unable to create query"), text, QSqlError::StatementError, code);
    QCOMPARE(StorageError::kind(error) == StorageError::Kind::ConnectionLost, lost);
}

void TestServerReconnect::init()
{
    const QByteArray function(QTest::currentTestFunction());
    if (function == "kindOfError" || function == "nothingToReconnectOnAnSqliteFile")
        return;
    m_server = std::make_unique<RestartableTestServer>();
    if (m_server->address().isEmpty())
        QSKIP(qPrintable(m_server->error()));
    QVERIFY(open(m_session, m_server->address(), QStringLiteral("Alice")));
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2550000);
    QVERIFY(m_session.committee->addPromotion(promotion).ok());
    Candidate candidate;
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(600000);
    candidate.requested = Money::fromEuros(300000);
    candidate.name = QStringLiteral("Envergo");
    const Result<Candidate> envergo = m_session.committee->addCandidate(14, candidate);
    QVERIFY2(envergo.ok(), qPrintable(envergo.error()));
    m_envergo = envergo.value().id;
    candidate.name = QStringLiteral("Mano");
    const Result<Candidate> mano = m_session.committee->addCandidate(14, candidate);
    QVERIFY2(mano.ok(), qPrintable(mano.error()));
    m_mano = mano.value().id;
    const Result<QList<CommitteeMember>> members =
        m_session.scoring->addMembers(14, {QStringLiteral("Alice"), QStringLiteral("Bruno")});
    QVERIFY2(members.ok(), qPrintable(members.error()));
    m_members = members.value();
}

void TestServerReconnect::cleanup()
{
    close(m_other);
    close(m_session);
    // Stops and removes the server whatever the case left it in.
    m_server.reset();
}

void TestServerReconnect::aLostConnectionIsToldApartFromARefusal()
{
    const Outcome refused = m_session.scoring->setNote(14, m_envergo, m_members.at(0).id, 0, 9);
    QVERIFY(!refused);
    QVERIFY(!ServerReconnect::isConnectionLost(m_session.database));

    QVERIFY2(m_server->halt(), qPrintable(m_server->error()));
    const Outcome lost = m_session.scoring->setNote(14, m_envergo, m_members.at(0).id, 0, 4);
    QVERIFY(!lost);
    QCOMPARE(lost.error(), QStringLiteral("The connection to the database server was lost before the change was "
                                          "confirmed: try again once the server is back."));
    QVERIFY(ServerReconnect::isConnectionLost(m_session.database));
    // A read says so too, instead of passing for an empty committee.
    const Result<QList<Candidate>> read = m_session.committee->candidates(14);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QLatin1String("The connection to the database server was lost")),
             qPrintable(read.error()));

    // While the server is down every attempt fails and the next one waits longer, up to the last wait.
    QSignalSpy failed(m_session.reconnect.get(), &ServerReconnect::attemptFailed);
    QSignalSpy reconnected(m_session.reconnect.get(), &ServerReconnect::reconnected);
    m_session.reconnect->connectionLost();
    QVERIFY(m_session.reconnect->isReconnecting());
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 5000);
    QCOMPARE(failed.at(0).at(1).toInt(), 100);
    QCOMPARE(failed.at(1).at(1).toInt(), 200);
    QCOMPARE(failed.at(2).at(1).toInt(), 200);
    QVERIFY2(failed.at(0).at(0).toString().startsWith(QLatin1String("Cannot reach 127.0.0.1: ")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(reconnected.size(), 0);

    QVERIFY2(m_server->resume(), qPrintable(m_server->error()));
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, 5000);
    QVERIFY(!m_session.reconnect->isReconnecting());
    QVERIFY(!ServerReconnect::isConnectionLost(m_session.database));
    // The interrupted note was never written; the same connection writes again.
    QCOMPARE(storedNotes(), QStringList());
    QVERIFY(m_session.scoring->setNote(14, m_envergo, m_members.at(0).id, 0, 4).ok());
    QCOMPARE(storedNotes(), QStringList{QStringLiteral("Envergo/Alice/0=4")});
}

void TestServerReconnect::notesKeptWhileTheServerIsDownAreWrittenOnce()
{
    QVERIFY(writeNote(m_session, m_envergo, m_members.at(0).id, 0, 5).ok());
    QVERIFY2(m_server->halt(), qPrintable(m_server->error()));
    QSignalSpy lost(m_session.reconnect.get(), &ServerReconnect::lost);
    QVERIFY(writeNote(m_session, m_envergo, m_members.at(0).id, 1, 4).ok());
    QVERIFY(writeNote(m_session, m_envergo, m_members.at(0).id, 2, 3).ok());
    // The same cell typed twice: the last note is the one written.
    QVERIFY(writeNote(m_session, m_mano, m_members.at(0).id, 0, 1).ok());
    QVERIFY(writeNote(m_session, m_mano, m_members.at(0).id, 0, 2).ok());
    QCOMPARE(lost.size(), 1);
    QCOMPARE(m_session.pending->descriptions(), (QStringList{QStringLiteral("note 4"), QStringLiteral("note 3"),
                                                             QStringLiteral("note 1"), QStringLiteral("note 2")}));
    QTest::qWait(300);
    QCOMPARE(m_session.pending->count(), 4);

    QVERIFY2(m_server->resume(), qPrintable(m_server->error()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session.pending->isEmpty(), 5000);
    QCOMPARE(storedNotes(), (QStringList{QStringLiteral("Envergo/Alice/0=5"), QStringLiteral("Envergo/Alice/1=4"),
                                         QStringLiteral("Envergo/Alice/2=3"), QStringLiteral("Mano/Alice/0=2")}));
    // One audit row per write that reached the server: five notes, one of them changed once.
    QCOMPARE(auditRows(QStringLiteral("score.set")), 5);

    // The session listens again: another window's note reaches it.
    QVERIFY(open(m_other, m_server->address(), QStringLiteral("Bruno")));
    QSignalSpy scores(m_session.scoring.get(), &ScoringStore::scoresChanged);
    QVERIFY(m_other.scoring->setNote(14, m_mano, m_members.at(1).id, 0, 3).ok());
    QTRY_COMPARE_WITH_TIMEOUT(scores.size(), 1, 1000);
    QCOMPARE(scores.constFirst().constFirst().toInt(), 14);
}

void TestServerReconnect::aDecisionChangedDuringTheOutageIsStillRefused()
{
    // The decision the operator saw: none.
    CandidateDecision seen;
    seen.candidateId = m_envergo;
    seen.decision = Decision::None;
    QVERIFY2(m_server->halt(), qPrintable(m_server->error()));
    DecisionStore *decisions = m_session.decisions.get();
    const qint64 envergo = m_envergo;
    const auto decide = [decisions, envergo, seen] {
        return decisions->setDecision(envergo, Decision::Laureate, std::nullopt, seen);
    };
    QVERIFY(!decide());
    QVERIFY(ServerReconnect::isConnectionLost(m_session.database));
    m_session.pending->add(QStringLiteral("Decide Envergo: laureate"), decide);
    QSignalSpy refused(m_session.pending.get(), &PendingWrites::refused);

    // The server comes back; another process decides before this session reconnects.
    QVERIFY2(m_server->resume(), qPrintable(m_server->error()));
    QVERIFY(open(m_other, m_server->address(), QStringLiteral("Bruno")));
    QVERIFY(m_other.decisions->setDecision(m_envergo, Decision::Waitlist).ok());

    QVERIFY(m_session.reconnect->tryNow().ok());
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).at(1).toString(), QStringLiteral("Decide Envergo: laureate"));
    const QString message = refused.at(0).at(2).toString();
    QVERIFY2(message.startsWith(QLatin1String("Envergo was changed by Bruno at ")), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String(" while you were deciding: it is now \"Waitlist\". Nothing was written; "
                                            "decide again to replace it.")),
             qPrintable(message));
    QVERIFY(m_session.pending->isEmpty());
    const Result<QList<Candidate>> candidates = m_session.committee->candidates(14);
    QVERIFY(candidates.ok());
    QCOMPARE(candidates.value().at(0).name, QStringLiteral("Envergo"));
    QCOMPARE(candidates.value().at(0).decision, Decision::Waitlist);
    QCOMPARE(auditRows(QStringLiteral("decision.update")), 1);
}

void TestServerReconnect::aScoringSessionLosesNoNoteWhenTheServerRestarts()
{
    // Alice and Bruno note both candidates on the five criteria, a note every 20 ms, while the server is
    // stopped after the 6th note and started again after the 14th.
    QStringList expected;
    int written = 0;
    QSignalSpy reconnected(m_session.reconnect.get(), &ServerReconnect::reconnected);
    for (const qint64 candidate : {m_envergo, m_mano}) {
        for (const CommitteeMember &member : std::as_const(m_members)) {
            for (int criterion = 0; criterion < 5; ++criterion) {
                const int note = (written + criterion) % 6;
                const Outcome noted = writeNote(m_session, candidate, member.id, criterion, note);
                QVERIFY2(noted.ok(), qPrintable(noted.error()));
                expected.append(
                    QStringLiteral("%1/%2/%3=%4")
                        .arg(candidate == m_envergo ? QStringLiteral("Envergo") : QStringLiteral("Mano"), member.name)
                        .arg(criterion)
                        .arg(note));
                ++written;
                if (written == 6)
                    QVERIFY2(m_server->halt(), qPrintable(m_server->error()));
                if (written == 14)
                    QVERIFY2(m_server->resume(), qPrintable(m_server->error()));
                QTest::qWait(20);
            }
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_session.pending->isEmpty(), 5000);
    QCOMPARE(reconnected.size(), 1);
    expected.sort();
    QCOMPARE(storedNotes(), expected);
    QCOMPARE(auditRows(QStringLiteral("score.set")), 20);
}

void TestServerReconnect::anIdleSessionNoticesTheLossAndCatchesUp()
{
    // Nobody writes in this session: the heartbeat notices the server gone, and once it is back the session
    // reads what another wrote meanwhile.
    m_session.reconnect->setHeartbeat(100);
    QSignalSpy lost(m_session.reconnect.get(), &ServerReconnect::lost);
    QSignalSpy reconnected(m_session.reconnect.get(), &ServerReconnect::reconnected);
    QSignalSpy candidates(m_session.committee.get(), &CommitteeStore::candidatesChanged);
    QTest::qWait(300);
    QCOMPARE(lost.size(), 0);
    QVERIFY2(m_server->halt(), qPrintable(m_server->error()));
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 2000);
    QVERIFY2(m_server->resume(), qPrintable(m_server->error()));
    // Before this session reconnects (its next attempt is 100 ms away at most), another adds a candidate.
    QVERIFY(open(m_other, m_server->address(), QStringLiteral("Bruno")));
    Candidate candidate;
    candidate.name = QStringLiteral("Zeste");
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(100000);
    QVERIFY(m_other.committee->addCandidate(14, candidate).ok());
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, 5000);
    QVERIFY(candidates.contains(QVariantList{14}));
    QCOMPARE(m_session.committee->candidates(14).value().size(), 3);
    QCOMPARE(lost.size(), 1);
}

void TestServerReconnect::nothingToReconnectOnAnSqliteFile()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("committee.sqlite"))).ok());
    QVERIFY(!ServerReconnect::isConnectionLost(database));
    ServerReconnect reconnect(database);
    QSignalSpy lost(&reconnect, &ServerReconnect::lost);
    reconnect.connectionLost();
    QVERIFY(!reconnect.isReconnecting());
    QCOMPARE(lost.size(), 0);
    QVERIFY(!reconnect.tryNow().ok());
}

QTEST_GUILESS_MAIN(TestServerReconnect)
#include "tst_serverreconnect.moc"
