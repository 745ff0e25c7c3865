#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"
#include "storage/ServerChanges.h"

#include "TestDatabaseLocation.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>

// Issue #17's speed targets, on the local test server (FAST_TEST_POSTGRES; scripts/test.sh's server, or
// scripts/postgres-test-server.sh by hand):
//  - a note written in one window reaches another within 1 s: the median and the worst of 100 notes, from
//    the write's start to the other window's scoresChanged;
//  - opening a committee of 10 000 candidates (open, migrate, read the promotion's snapshot) over PostgreSQL
//    within 2x the time over SQLite, the best of five each, in the same run.
class BenchServerCommittee : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noteReachesTheOtherWindow();
    void openTenThousandCandidates();

private:
    static qint64 openAndRead(const QString &address);
};

namespace {

struct Window
{
    Database database;
    std::unique_ptr<CommitteeStore> committee;
    std::unique_ptr<ScoringStore> scoring;
    std::unique_ptr<DecisionStore> decisions;
    std::unique_ptr<ServerChanges> changes;

    bool open(const QString &address)
    {
        if (!database.open(address))
            return false;
        committee = std::make_unique<CommitteeStore>(database);
        scoring = std::make_unique<ScoringStore>(*committee);
        decisions = std::make_unique<DecisionStore>(*committee, *scoring);
        changes = std::make_unique<ServerChanges>(database, *committee, *scoring, *decisions);
        return true;
    }
};

QList<Candidate> candidates(int count)
{
    QList<Candidate> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        Candidate row;
        row.name = QStringLiteral("Service numérique %1").arg(i);
        row.carrier = QStringLiteral("Direction interministérielle du numérique");
        row.annualBudget = Money::fromEuros(200000 + (i % 37) * 25000);
        row.requested = Money::fromEuros(50000 + (i % 11) * 20000);
        rows.append(row);
    }
    return rows;
}

} // namespace

void BenchServerCommittee::initTestCase()
{
    if (TestDatabaseLocation::serverAdminAddress().isEmpty())
        QSKIP("FAST_TEST_POSTGRES is not set: start scripts/postgres-test-server.sh and name its address");
}

void BenchServerCommittee::noteReachesTheOtherWindow()
{
    TestDatabaseLocation server(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!server.address().isEmpty(), qPrintable(server.error()));
    Window writer;
    Window reader;
    QVERIFY(writer.open(server.address()));
    QVERIFY(reader.open(server.address()));
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2550000);
    QVERIFY(writer.committee->addPromotion(promotion).ok());
    QVERIFY(writer.committee->importCandidates(14, candidates(10)).ok());
    const QList<CommitteeMember> members = writer.scoring->addMembers(14, {QStringLiteral("Alice")}).value();
    const QList<Candidate> stored = writer.committee->candidates(14).value();
    QTest::qWait(200);

    QSignalSpy scores(reader.scoring.get(), &ScoringStore::scoresChanged);
    QList<qint64> microseconds;
    for (int i = 0; i < 100; ++i) {
        scores.clear();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(writer.scoring->setNote(14, stored.at(i % 10).id, members.first().id, (i / 10) % 5, i % 6).ok());
        QVERIFY(scores.wait(1000) || !scores.isEmpty());
        microseconds.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(microseconds.begin(), microseconds.end());
    qInfo("a note in another window, 100 notes: median %.2f ms, worst %.2f ms (target: within 1 s)",
          double(microseconds.at(49) + microseconds.at(50)) / 2000.0, double(microseconds.constLast()) / 1000.0);
    QVERIFY(microseconds.constLast() < 1000000);
}

qint64 BenchServerCommittee::openAndRead(const QString &address)
{
    QElapsedTimer timer;
    timer.start();
    Database database;
    if (!database.open(address))
        return -1;
    CommitteeStore committee(database);
    ScoringStore scoring(committee);
    DecisionStore decisions(committee, scoring);
    PromotionSnapshots snapshots(committee, scoring, decisions);
    const std::shared_ptr<const PromotionSnapshot> snapshot = snapshots.of(14);
    if (!snapshot || snapshot->candidates.size() != 10000)
        return -1;
    return timer.nsecsElapsed();
}

void BenchServerCommittee::openTenThousandCandidates()
{
    TestDatabaseLocation file(TestDatabaseLocation::Engine::Sqlite);
    TestDatabaseLocation server(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!server.address().isEmpty(), qPrintable(server.error()));
    for (const QString &address : {file.address(), server.address()}) {
        Database database;
        QVERIFY(database.open(address).ok());
        CommitteeStore committee(database);
        Promotion promotion;
        promotion.number = 14;
        promotion.year = 2026;
        promotion.envelope = Money::fromEuros(2550000);
        QVERIFY(committee.addPromotion(promotion).ok());
        QVERIFY(committee.importCandidates(14, candidates(10000)).ok());
    }
    qint64 onFile = std::numeric_limits<qint64>::max();
    qint64 onServer = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 5; ++run) {
        const qint64 fileTime = openAndRead(file.address());
        const qint64 serverTime = openAndRead(server.address());
        QVERIFY(fileTime > 0 && serverTime > 0);
        onFile = std::min(onFile, fileTime);
        onServer = std::min(onServer, serverTime);
    }
    const double ratio = double(onServer) / double(onFile);
    qInfo("opening 10 000 candidates, best of 5: SQLite %.1f ms, PostgreSQL %.1f ms, PostgreSQL/SQLite %.2f "
          "(target at most 2)",
          double(onFile) / 1e6, double(onServer) / 1e6, ratio);
    QVERIFY2(ratio <= 2.0, qPrintable(QStringLiteral("PostgreSQL takes %1 times as long").arg(ratio)));
}

QTEST_GUILESS_MAIN(BenchServerCommittee)
#include "bench_servercommittee.moc"
