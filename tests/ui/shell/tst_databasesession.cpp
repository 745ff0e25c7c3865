#include "StatementFaults.h"
#include "shell/DatabaseSession.h"

#include "reports/PromotionArchive.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const Outcome outcome_ = (expression);                                                                         \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The window's database session: opening a file or the demonstration replaces the stores (announced before
// and after), a refused file keeps the database open, the operator's name outlives each database, the
// recent files list is kept newest first without duplicates, the stores' changes come out of the session,
// and the archive is read once per change.
class TestDatabaseSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openAnnouncesTheReplacement();
    void refusedFileKeepsTheDatabase();
    void operatorNameOutlivesTheDatabase();
    void demoOpensTheIllustrativeCommittee();
    void demoAtPathCreatesReopensAndNeverOverwrites();
    void recentFilesNewestFirstAtMostSix();
    void storesChangesComeOutOfTheSession();
    void archiveIsReadOncePerChange();
    void aPromotionThatCannotBeReadIsSaid();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    static Promotion promotion(int number, int year);

    QTemporaryDir m_dir;
};

void TestDatabaseSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_databasesession"));
    QVERIFY(m_dir.isValid());
}

void TestDatabaseSession::init()
{
    QSettings().clear();
}

Promotion TestDatabaseSession::promotion(int number, int year)
{
    Promotion result;
    result.number = number;
    result.year = year;
    result.envelope = Money::fromEuros(1000000);
    return result;
}

void TestDatabaseSession::openAnnouncesTheReplacement()
{
    DatabaseSession session;
    QVERIFY(!session.isOpen());
    QCOMPARE(session.path(), QString());
    QCOMPARE(session.store(), nullptr);
    QSignalSpy before(&session, &DatabaseSession::aboutToReplace);
    QSignalSpy after(&session, &DatabaseSession::replaced);
    // The stores are gone when aboutToReplace is emitted for the first database: none to let go of yet.
    bool storeAtReplacement = false;
    connect(&session, &DatabaseSession::replaced, this, [&] { storeAtReplacement = session.store() != nullptr; });

    QVERIFY_OUTCOME(session.open(file(QStringLiteral("first.sqlite"))));
    QCOMPARE(before.count(), 1);
    QCOMPARE(after.count(), 1);
    QVERIFY(storeAtReplacement);
    QVERIFY(session.isOpen());
    QVERIFY(!session.isDemo());
    QCOMPARE(session.path(), file(QStringLiteral("first.sqlite")));
    QVERIFY(session.scoring() != nullptr);

    QVERIFY(session.store()->addPromotion(promotion(14, 2024)).ok());
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("second.sqlite"))));
    QCOMPARE(before.count(), 2);
    QCOMPARE(after.count(), 2);
    QCOMPARE(session.path(), file(QStringLiteral("second.sqlite")));
    QVERIFY(session.store()->promotions().value().isEmpty());
}

void TestDatabaseSession::refusedFileKeepsTheDatabase()
{
    DatabaseSession session;
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("kept.sqlite"))));
    QVERIFY(session.store()->addPromotion(promotion(14, 2024)).ok());
    const CommitteeStore *store = session.store();
    QSignalSpy before(&session, &DatabaseSession::aboutToReplace);
    QSignalSpy recent(&session, &DatabaseSession::recentFilesChanged);

    // A folder is no database.
    const Outcome refused = session.open(m_dir.path());
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().isEmpty());
    QCOMPARE(before.count(), 0);
    QCOMPARE(recent.count(), 0);
    QCOMPARE(session.store(), store);
    QCOMPARE(session.path(), file(QStringLiteral("kept.sqlite")));
    QCOMPARE(session.store()->promotions().value().size(), 1);
    QCOMPARE(DatabaseSession::recentFiles(),
             QStringList{QFileInfo(file(QStringLiteral("kept.sqlite"))).absoluteFilePath()});
}

void TestDatabaseSession::operatorNameOutlivesTheDatabase()
{
    DatabaseSession session;
    session.setOperatorName(QStringLiteral("Camille"));
    QCOMPARE(session.operatorName(), QStringLiteral("Camille"));
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("operator-1.sqlite"))));
    QCOMPARE(session.store()->operatorName(), QStringLiteral("Camille"));
    session.setOperatorName(QStringLiteral("Dominique"));
    QCOMPARE(session.store()->operatorName(), QStringLiteral("Dominique"));
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("operator-2.sqlite"))));
    QCOMPARE(session.store()->operatorName(), QStringLiteral("Dominique"));
    QCOMPARE(session.operatorName(), QStringLiteral("Dominique"));
}

void TestDatabaseSession::demoOpensTheIllustrativeCommittee()
{
    DatabaseSession session;
    QSignalSpy recent(&session, &DatabaseSession::recentFilesChanged);
    QVERIFY_OUTCOME(session.openDemo());
    QVERIFY(session.isDemo());
    // Without an operator of its own, the demonstration's changes are recorded as the demonstration's.
    QCOMPARE(session.operatorName(), QStringLiteral("demonstration"));
    QVERIFY(session.store()->promotion(13).value().has_value());
    QCOMPARE(session.store()->candidates(13).value().size(), 13);
    // A temporary file is never a recent database.
    QCOMPARE(recent.count(), 0);
    QVERIFY(DatabaseSession::recentFiles().isEmpty());
    const QString demoPath = session.path();
    QVERIFY(QFileInfo::exists(demoPath));

    // Its folder goes once another database is open.
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("after-demo.sqlite"))));
    QVERIFY(!session.isDemo());
    QVERIFY(!QFileInfo::exists(demoPath));
}

void TestDatabaseSession::recentFilesNewestFirstAtMostSix()
{
    DatabaseSession session;
    QSignalSpy recent(&session, &DatabaseSession::recentFilesChanged);
    for (int i = 1; i <= 7; ++i)
        QVERIFY_OUTCOME(session.open(file(QStringLiteral("recent-%1.sqlite").arg(i))));
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("recent-4.sqlite"))));
    QCOMPARE(recent.count(), 8);
    const auto absolute = [this](int i) {
        return QFileInfo(file(QStringLiteral("recent-%1.sqlite").arg(i))).absoluteFilePath();
    };
    QCOMPARE(DatabaseSession::recentFiles(),
             QStringList({absolute(4), absolute(7), absolute(6), absolute(5), absolute(3), absolute(2)}));
    QCOMPARE(QSettings().value(QStringLiteral("lastDatabase")).toString(), absolute(4));
}

void TestDatabaseSession::storesChangesComeOutOfTheSession()
{
    DatabaseSession session;
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("signals.sqlite"))));
    QSignalSpy promotions(&session, &DatabaseSession::promotionsChanged);
    QSignalSpy candidates(&session, &DatabaseSession::candidatesChanged);
    QSignalSpy scoring(&session, &DatabaseSession::scoringChanged);

    QVERIFY(session.store()->addPromotion(promotion(14, 2024)).ok());
    QCOMPARE(promotions.count(), 1);
    Candidate candidate;
    candidate.name = QStringLiteral("Pix");
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(100000);
    const Result<Candidate> added = session.store()->addCandidate(14, candidate);
    QVERIFY(added.ok());
    QCOMPARE(candidates.count(), 1);
    QCOMPARE(candidates.takeFirst().at(0).toInt(), 14);
    const Result<QList<CommitteeMember>> members = session.scoring()->addMembers(14, {QStringLiteral("Alice")});
    QVERIFY(members.ok());
    QCOMPARE(scoring.count(), 0);
    QVERIFY_OUTCOME(session.scoring()->setNote(14, added.value().id, members.value().constFirst().id, 0, 4));
    QCOMPARE(scoring.count(), 1);
    QCOMPARE(scoring.takeFirst().at(0).toInt(), 14);

    // The stores of a database that was replaced no longer speak through the session.
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("signals-2.sqlite"))));
    QVERIFY(session.store()->addPromotion(promotion(15, 2025)).ok());
    QCOMPARE(promotions.count(), 2);
}

void TestDatabaseSession::archiveIsReadOncePerChange()
{
    DatabaseSession session;
    QCOMPARE(session.archive(), nullptr);
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("archive.sqlite"))));
    QVERIFY(session.store()->addPromotion(promotion(14, 2024)).ok());
    QString error;
    const PromotionArchive *first = session.archive(&error);
    QVERIFY(first);
    QCOMPARE(error, QString());
    QCOMPARE(first->entries().size(), 1);
    QCOMPARE(first->entry(14)->candidates.size(), 0);
    // Read once: the same archive until something changes.
    QCOMPARE(session.archive(), first);

    Candidate candidate;
    candidate.name = QStringLiteral("Pix");
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(100000);
    // Whoever follows candidatesChanged reads the archive as changed.
    int candidatesSeen = -1;
    connect(&session, &DatabaseSession::candidatesChanged, this,
            [&] { candidatesSeen = int(session.archive()->entry(14)->candidates.size()); });
    QVERIFY(session.store()->addCandidate(14, candidate).ok());
    QCOMPARE(candidatesSeen, 1);
    QCOMPARE(session.archive()->entry(14)->candidates.size(), 1);
    QVERIFY(session.store()->addPromotion(promotion(15, 2025)).ok());
    QCOMPARE(session.archive()->entries().size(), 2);
}

// A promotion the database cannot read is said, with the database's words, for the window's status bar: the
// pages then show no promotion rather than one with no candidates.
void TestDatabaseSession::aPromotionThatCannotBeReadIsSaid()
{
    DatabaseSession session;
    QVERIFY_OUTCOME(session.open(file(QStringLiteral("unreadable.sqlite"))));
    QVERIFY(session.store()->addPromotion(promotion(14, 2024)).ok());
    QSignalSpy readFailed(&session, &DatabaseSession::readFailed);
    StatementFaults faults(session.store()->database().connection(), StatementFaults::Counted::Reads);
    QVERIFY(faults.isInstalled());

    faults.arm(1);
    const std::shared_ptr<const PromotionSnapshot> snapshot = session.snapshots()->of(14);
    faults.disarm();

    QVERIFY(!snapshot->promotion);
    QCOMPARE(readFailed.count(), 1);
    QCOMPARE(readFailed.at(0).at(0).toString(), snapshot->error);
    QVERIFY2(snapshot->error.startsWith(QLatin1String("Cannot read the promotion FAST14 from the database: ")),
             qPrintable(snapshot->error));
    // Read again once the database answers.
    QVERIFY(session.snapshots()->of(14)->promotion.has_value());
    QCOMPARE(readFailed.count(), 1);
}

void TestDatabaseSession::demoAtPathCreatesReopensAndNeverOverwrites()
{
    // A new file receives the demonstration and keeps it: it is not a temporary one.
    const QString path = file(QStringLiteral("demo-at-path.sqlite"));
    qsizetype auditRows = 0;
    {
        DatabaseSession session;
        QVERIFY_OUTCOME(session.openDemoAt(path));
        QCOMPARE(session.path(), path);
        QVERIFY(!session.isDemo());
        QCOMPARE(session.store()->promotions().value().size(), 4);
        QCOMPARE(session.scoring()->members(14).value().size(), 5);
        auditRows = session.store()->auditEntries().value().size();
        QVERIFY(auditRows > 0);
    }
    QVERIFY(QFileInfo::exists(path));
    // Opened again with --demo: the same demonstration, not written twice.
    {
        DatabaseSession session;
        QVERIFY_OUTCOME(session.openDemoAt(path));
        QCOMPARE(session.store()->promotions().value().size(), 4);
        QCOMPARE(session.store()->auditEntries().value().size(), auditRows);
        QCOMPARE(session.scoring()->members(14).value().size(), 5);
    }
    // A committee's database is refused, and left as it was.
    const QString committee = file(QStringLiteral("committee-data.sqlite"));
    {
        DatabaseSession session;
        QVERIFY_OUTCOME(session.open(committee));
        QVERIFY(session.store()->addPromotion(promotion(16, 2026)).ok());
    }
    const QByteArray before = [&committee] {
        QFile bytes(committee);
        return bytes.open(QIODevice::ReadOnly) ? bytes.readAll() : QByteArray();
    }();
    DatabaseSession session;
    const Outcome refused = session.openDemoAt(committee);
    QCOMPARE(refused.error(), QStringLiteral("%1 already holds other promotions (FAST16): the demonstration is only "
                                             "written to a new or empty database, never over a committee's data.")
                                  .arg(QDir::toNativeSeparators(committee)));
    QVERIFY(!session.isOpen());
    QFile after(committee);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

QTEST_MAIN(TestDatabaseSession)
#include "tst_databasesession.moc"
