#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"
#include "storage/ServerChanges.h"

#include "TestDatabaseLocation.h"

#include <QSignalSpy>
#include <QTest>

// Two windows on one committee on a PostgreSQL server: what one writes reaches the other's stores as the
// signals of its own writes, within a second, with the promotion it belongs to; a window is not told of its
// own writes twice; an import of many rows is one notice. Skipped, saying so, without a test server.
class TestServerChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void candidatesNotesAndDecisionsReachTheOtherWindow();
    void ownWritesAreNotRelayed();
    void anImportIsOneNotice();
    void nothingOnAnSqliteFile();

private:
    // One window's connection and stores.
    struct Window
    {
        Database database;
        std::unique_ptr<CommitteeStore> committee;
        std::unique_ptr<ScoringStore> scoring;
        std::unique_ptr<DecisionStore> decisions;
        std::unique_ptr<ServerChanges> changes;
    };
    static bool open(Window &window, const QString &address);

    std::unique_ptr<TestDatabaseLocation> m_location;
    Window m_first;
    Window m_second;
};

bool TestServerChanges::open(Window &window, const QString &address)
{
    if (const Outcome opened = window.database.open(address); !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return false;
    }
    window.committee = std::make_unique<CommitteeStore>(window.database);
    window.committee->setOperatorName(QStringLiteral("Secrétariat"));
    window.scoring = std::make_unique<ScoringStore>(*window.committee);
    window.decisions = std::make_unique<DecisionStore>(*window.committee, *window.scoring);
    window.changes =
        std::make_unique<ServerChanges>(window.database, *window.committee, *window.scoring, *window.decisions);
    return true;
}

void TestServerChanges::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "nothingOnAnSqliteFile")
        return;
    m_location = std::make_unique<TestDatabaseLocation>(TestDatabaseLocation::Engine::PostgreSql);
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    QVERIFY(open(m_first, m_location->address()));
    QVERIFY(open(m_second, m_location->address()));
    QVERIFY(m_first.changes->isListening());
    QVERIFY(m_second.changes->isListening());
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2550000);
    QVERIFY(m_first.committee->addPromotion(promotion).ok());
    // The promotion's own notices, out of the way before each case watches.
    QTest::qWait(200);
}

void TestServerChanges::cleanup()
{
    for (Window *window : {&m_second, &m_first}) {
        window->changes.reset();
        window->decisions.reset();
        window->scoring.reset();
        window->committee.reset();
        window->database.close();
    }
    m_location.reset();
}

void TestServerChanges::candidatesNotesAndDecisionsReachTheOtherWindow()
{
    QSignalSpy candidates(m_second.committee.get(), &CommitteeStore::candidatesChanged);
    QSignalSpy decisions(m_second.decisions.get(), &DecisionStore::decisionsChanged);
    QSignalSpy scores(m_second.scoring.get(), &ScoringStore::scoresChanged);
    QSignalSpy members(m_second.scoring.get(), &ScoringStore::membersChanged);

    Candidate envergo;
    envergo.name = QStringLiteral("Envergo");
    envergo.carrier = QStringLiteral("DGALN");
    envergo.annualBudget = Money::fromEuros(600000);
    envergo.requested = Money::fromEuros(300000);
    const Result<Candidate> added = m_first.committee->addCandidate(14, envergo);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QTRY_COMPARE_WITH_TIMEOUT(candidates.size(), 1, 1000);
    QCOMPARE(candidates.first().first().toInt(), 14);
    QCOMPARE(decisions.size(), 1);

    const Result<QList<CommitteeMember>> added2 = m_first.scoring->addMembers(14, {QStringLiteral("Alice")});
    QVERIFY2(added2.ok(), qPrintable(added2.error()));
    QTRY_COMPARE_WITH_TIMEOUT(members.size(), 1, 1000);
    QCOMPARE(members.first().first().toInt(), 14);
    QVERIFY(m_first.scoring->setNote(14, added.value().id, added2.value().first().id, 0, 4).ok());
    QTRY_COMPARE_WITH_TIMEOUT(scores.size(), 1, 1000);
    QCOMPARE(scores.first().first().toInt(), 14);
    // The other window reads the note the first one wrote.
    QCOMPARE(m_second.scoring->scoreSheet(14).value().candidateCount(), 1);
}

void TestServerChanges::ownWritesAreNotRelayed()
{
    QSignalSpy own(m_first.changes.get(), &ServerChanges::changedElsewhere);
    QSignalSpy other(m_second.changes.get(), &ServerChanges::changedElsewhere);
    QSignalSpy candidates(m_first.committee.get(), &CommitteeStore::candidatesChanged);
    Candidate mano;
    mano.name = QStringLiteral("Mano");
    mano.carrier = QStringLiteral("DIHAL");
    mano.annualBudget = Money::fromEuros(300000);
    mano.requested = Money::fromEuros(100000);
    QVERIFY(m_first.committee->addCandidate(14, mano).ok());
    QTRY_COMPARE_WITH_TIMEOUT(other.size(), 1, 1000);
    QCOMPARE(other.first().at(0).toString(), QStringLiteral("candidates"));
    QCOMPARE(other.first().at(1).toInt(), 14);
    QTest::qWait(100);
    QCOMPARE(own.size(), 0);
    // Only the store's own signal, once.
    QCOMPARE(candidates.size(), 1);
}

void TestServerChanges::anImportIsOneNotice()
{
    QSignalSpy other(m_second.changes.get(), &ServerChanges::changedElsewhere);
    QList<Candidate> rows;
    for (int i = 0; i < 200; ++i) {
        Candidate row;
        row.name = QStringLiteral("Service %1").arg(i);
        row.carrier = QStringLiteral("DINUM");
        row.annualBudget = Money::fromEuros(200000);
        row.requested = Money::fromEuros(100000);
        rows.append(row);
    }
    QVERIFY(m_first.committee->importCandidates(14, rows).ok());
    QTRY_COMPARE_WITH_TIMEOUT(other.size(), 1, 1000);
    QTest::qWait(200);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.first().at(0).toString(), QStringLiteral("candidates"));
}

void TestServerChanges::nothingOnAnSqliteFile()
{
    TestDatabaseLocation file(TestDatabaseLocation::Engine::Sqlite);
    Window window;
    QVERIFY(open(window, file.address()));
    QVERIFY(!window.changes->isListening());
    window.changes.reset();
}

QTEST_GUILESS_MAIN(TestServerChanges)
#include "tst_serverchanges.moc"
