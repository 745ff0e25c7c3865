#include "FaultInjectingVfs.h"
#include "TestSupport.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Every write of the committee's main operations made to fail in turn, through an SQLite VFS that fails
// the n-th write (n = 1, 2, 3, … until the operation no longer reaches the fault): an import of candidates,
// a decision, an applied proposal, a promotion closed, a scores import, a candidate edited. Each failing run
// must say what happened in words (the disk is full, an input/output error), leave every table as it was
// (read by the same connection and by a new one), and leave the connection usable: the same operation then
// succeeds and PRAGMA integrity_check says ok.
class TestFaultInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyWriteOfAnOperationFails_data();
    void everyWriteOfAnOperationFails();

private:
    enum class Operation { ImportCandidates, Decision, ApplyProposal, ClosePromotion, ImportScores, EditCandidate };

    // Promotion 1 (envelope 300 000 €): Alpha, Beta, Gamma, Delta, every one noted by Alice, Bruno and Chloé,
    // none decided. Promotion 2: Epsilon and Zeta, both rejected, ready to close.
    void seed(const QString &path);
    static Outcome run(Operation operation, CommitteeStore &committee, ScoringStore &scoring);
    static qint64 candidateId(const CommitteeStore &committee, int promotion, const QString &name);

    std::unique_ptr<FaultInjectingVfs> m_vfs;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_seedPath;
};

namespace {

Candidate makeCandidate(const QString &name, qint64 budgetEuros, qint64 requestedEuros)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(budgetEuros);
    candidate.requested = Money::fromEuros(requestedEuros);
    return candidate;
}

bool copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

} // namespace

void TestFaultInjection::initTestCase()
{
    // Registered before any connection opens: only connections opened afterwards go through it.
    m_vfs = std::make_unique<FaultInjectingVfs>();
    QVERIFY(m_vfs->isRegistered());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_seedPath = m_dir->filePath(QStringLiteral("seed.sqlite"));
    seed(m_seedPath);
}

void TestFaultInjection::cleanupTestCase()
{
    m_dir.reset();
    m_vfs.reset();
}

void TestFaultInjection::seed(const QString &path)
{
    Database database;
    const Outcome opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    CommitteeStore committee(database);
    committee.setOperatorName(QStringLiteral("Secrétariat"));
    ScoringStore scoring(committee);

    Promotion first;
    first.number = 1;
    first.year = 2025;
    first.envelope = Money::fromEuros(300000);
    QVERIFY(committee.addPromotion(first).ok());
    const QList<Candidate> candidates{
        makeCandidate(QStringLiteral("Alpha"), 400000, 100000), makeCandidate(QStringLiteral("Beta"), 300000, 200000),
        makeCandidate(QStringLiteral("Gamma"), 1000000, 400000), makeCandidate(QStringLiteral("Delta"), 200000, 50000)};
    for (const Candidate &candidate : candidates)
        QVERIFY(committee.addCandidate(1, candidate).ok());
    const Result<QList<CommitteeMember>> members =
        scoring.addMembers(1, {QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")});
    QVERIFY2(members.ok(), qPrintable(members.error()));
    QList<ScoreNote> notes;
    int note = 0;
    for (const Candidate &candidate : committee.candidates(1).value()) {
        for (const CommitteeMember &member : members.value()) {
            for (int criterion = 0; criterion < scoring.criteria(1).value().count(); ++criterion)
                notes.append(ScoreNote{candidate.id, member.id, criterion, 1 + (note++ % 5)});
        }
    }
    const Outcome noted = scoring.importScores(1, notes, {});
    QVERIFY2(noted.ok(), qPrintable(noted.error()));

    Promotion second;
    second.number = 2;
    second.year = 2025;
    second.envelope = Money::fromEuros(100000);
    QVERIFY(committee.addPromotion(second).ok());
    for (const QString &name : {QStringLiteral("Epsilon"), QStringLiteral("Zeta")}) {
        Candidate rejected = makeCandidate(name, 100000, 20000);
        rejected.decision = Decision::Rejected;
        QVERIFY(committee.addCandidate(2, rejected).ok());
    }
}

qint64 TestFaultInjection::candidateId(const CommitteeStore &committee, int promotion, const QString &name)
{
    for (const Candidate &candidate : committee.candidates(promotion).value()) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

Outcome TestFaultInjection::run(Operation operation, CommitteeStore &committee, ScoringStore &scoring)
{
    switch (operation) {
    case Operation::ImportCandidates: {
        // Enough rows for several batches and many pages.
        QList<Candidate> imported;
        for (int i = 1; i <= 120; ++i)
            imported.append(makeCandidate(QStringLiteral("Projet importé %1").arg(i, 3, 10, QLatin1Char('0')),
                                          200000 + i, 50000 + i));
        const Result<QList<qint64>> inserted = committee.importCandidates(1, imported);
        return inserted ? Outcome::success() : Outcome::failure(inserted.error());
    }
    case Operation::Decision:
        return DecisionStore(committee, scoring)
            .setDecision(candidateId(committee, 1, QStringLiteral("Alpha")), Decision::Laureate);
    case Operation::ApplyProposal: {
        const Result<QList<ProposedDecision>> applied = DecisionStore(committee, scoring).applyProposal(1);
        return applied ? Outcome::success() : Outcome::failure(applied.error());
    }
    case Operation::ClosePromotion:
        return committee.closePromotion(2, QDate(2026, 11, 14));
    case Operation::ImportScores: {
        const qint64 beta = candidateId(committee, 1, QStringLiteral("Beta"));
        const qint64 delta = candidateId(committee, 1, QStringLiteral("Delta"));
        const QList<CommitteeMember> members = scoring.members(1).value();
        QList<ScoreNote> notes;
        for (const CommitteeMember &member : members.mid(0, 2)) {
            for (int criterion = 0; criterion < 5; ++criterion)
                notes.append(ScoreNote{beta, member.id, criterion, 5 - criterion % 3});
        }
        return scoring.importScores(1, notes, {ScoringStore::Recusal(delta, members.at(2).id)});
    }
    case Operation::EditCandidate: {
        std::optional<Candidate> changed = committee.candidate(candidateId(committee, 1, QStringLiteral("Beta"))).value();
        if (!changed)
            return Outcome::failure(QStringLiteral("no Beta"));
        changed->description = QStringLiteral("Un service public numérique, décrit à nouveau.");
        changed->requested = Money::fromEuros(150000);
        return committee.updateCandidate(*changed);
    }
    }
    return Outcome::failure(QStringLiteral("unknown operation"));
}

void TestFaultInjection::everyWriteOfAnOperationFails_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("counted");
    QTest::addColumn<bool>("everyAfter");
    // A page cache of a few pages spills to the journal in the middle of a statement, so that the fault
    // reaches the repositories' statements and not only the COMMIT.
    QTest::addColumn<bool>("smallCache");
    QTest::addColumn<QString>("message");

    const QString full = QStringLiteral("The disk is full: free some space and try again; nothing was written.");
    const QString inputOutput = QStringLiteral("The disk reported an input/output error; nothing was written. Check "
                                               "the disk (or the network share) that holds the database, then try "
                                               "again.");
    const int writes = int(FaultInjectingVfs::Operations(FaultInjectingVfs::Write));
    const int everything = int(FaultInjectingVfs::Write | FaultInjectingVfs::Sync | FaultInjectingVfs::Truncate);
    const int diskFull = int(FaultInjectingVfs::Fault::DiskFull);
    const int ioError = int(FaultInjectingVfs::Fault::InputOutput);
    const QList<QPair<const char *, Operation>> operations{
        {"import of candidates", Operation::ImportCandidates}, {"decision", Operation::Decision},
        {"applied proposal", Operation::ApplyProposal},        {"promotion closed", Operation::ClosePromotion},
        {"import of scores", Operation::ImportScores},         {"candidate edited", Operation::EditCandidate}};
    for (const auto &[name, operation] : operations) {
        QTest::addRow("%s, disk full at one write", name)
            << int(operation) << diskFull << writes << false << false << full;
        QTest::addRow("%s, disk full from a write on", name)
            << int(operation) << diskFull << writes << true << false << full;
        QTest::addRow("%s, I/O error at a write, sync or truncate", name)
            << int(operation) << ioError << everything << false << false << inputOutput;
        QTest::addRow("%s, small cache, disk full at one write", name)
            << int(operation) << diskFull << writes << false << true << full;
        QTest::addRow("%s, small cache, I/O error at one write", name)
            << int(operation) << ioError << writes << false << true << inputOutput;
    }
}

void TestFaultInjection::everyWriteOfAnOperationFails()
{
    QFETCH(int, operation);
    QFETCH(int, fault);
    QFETCH(int, counted);
    QFETCH(bool, everyAfter);
    QFETCH(bool, smallCache);
    QFETCH(QString, message);

    const QString path = m_dir->filePath(QStringLiteral("work.sqlite"));
    int failedRuns = 0;
    bool succeeded = false;
    // An operation here writes a few dozen pages at most, two writes per page in the WAL.
    for (int n = 1; n <= 1000 && !succeeded; ++n) {
        QVERIFY(copyFresh(m_seedPath, path));
        Database database;
        const Outcome opened = database.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        CommitteeStore committee(database);
        committee.setOperatorName(QStringLiteral("Secrétariat"));
        ScoringStore scoring(committee);
        if (smallCache)
            QVERIFY(QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA cache_size = 2")));
        const QString before = TestSupport::dumpTables(database.connection());

        m_vfs->arm(n, FaultInjectingVfs::Fault(fault), FaultInjectingVfs::Operations(counted), everyAfter);
        const Outcome outcome = run(Operation(operation), committee, scoring);
        const bool hit = m_vfs->failureCount() > 0;
        m_vfs->disarm();

        if (!hit) {
            // The fault lay beyond the operation's last write: it ran whole.
            QVERIFY2(outcome.ok(), qPrintable(QStringLiteral("n=%1: %2").arg(n).arg(outcome.error())));
            QVERIFY(TestSupport::dumpTables(database.connection()) != before);
            succeeded = true;
            break;
        }
        ++failedRuns;
        const QString context = QStringLiteral("n=%1 of %2 writes").arg(n).arg(m_vfs->operationCount());
        QVERIFY2(!outcome.ok(), qPrintable(context + QStringLiteral(": the operation reported success")));
        QVERIFY2(outcome.error() == message, qPrintable(context + QStringLiteral(": ") + outcome.error()));
        QVERIFY2(TestSupport::dumpTables(database.connection()) == before,
                 qPrintable(context + QStringLiteral(": the database changed")));
        {
            // What is on the disk, as a new connection reads it, is the same.
            Database other;
            QVERIFY2(other.open(path).ok(), qPrintable(context));
            QVERIFY2(TestSupport::dumpTables(other.connection()) == before,
                     qPrintable(context + QStringLiteral(": the file changed")));
        }

        // The fault lifted, the same connection works again.
        const Outcome retried = run(Operation(operation), committee, scoring);
        QVERIFY2(retried.ok(), qPrintable(context + QStringLiteral(", retry: ") + retried.error()));
        QVERIFY2(TestSupport::dumpTables(database.connection()) != before,
                 qPrintable(context + QStringLiteral(": the retry wrote nothing")));
        QCOMPARE(TestSupport::integrityCheck(database.connection()), QStringLiteral("ok"));
    }
    QVERIFY(succeeded);
    // Every operation writes: at least its first write failed once.
    QVERIFY(failedRuns >= 1);
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
