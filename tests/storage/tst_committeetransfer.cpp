#include "reports/DemoCommittee.h"
#include "storage/CommitteeStore.h"
#include "storage/CommitteeTransfer.h"
#include "storage/Database.h"

#include "TestDatabaseLocation.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

// db copy's core: a whole committee (the demo's four promotions, their notes, decisions, scenarios and
// audit log) copied SQLite → PostgreSQL → SQLite comes back as the same database, row for row and id for
// id; the copy refuses a target that holds a committee and a source with a table it does not know, writing
// nothing.
class TestCommitteeTransfer : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughTheServer();
    void fileToFile();
    void refusesATargetThatHoldsACommittee();
    void refusesATableItDoesNotKnow();

private:
    static bool populateDemo(Database &database);
    // The demo committee in one new file (m_first), and a second new file to copy it into (m_second).
    bool openFiles();

    std::unique_ptr<TestDatabaseLocation> m_original;
    std::unique_ptr<TestDatabaseLocation> m_copy;
    std::unique_ptr<Database> m_first;
    std::unique_ptr<Database> m_second;
};

namespace {

// The dump of an SQLite file with each table's rows sorted and without SQLite's rowid: a table without an id
// column (notes, recusals) and SQLite's own id counters keep their rows in the order they were written,
// which a copy cannot and need not repeat; every value, ids included, is still compared.
QString sortedDump(const QSqlDatabase &database)
{
    const QStringList lines = TestSupport::dumpTables(database).split(QLatin1Char('\n'));
    QStringList normalised;
    QStringList section;
    const auto flush = [&] {
        section.sort();
        normalised.append(section);
        section.clear();
    };
    bool inTable = false;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("== "))) {
            flush();
            normalised.append(line);
            inTable = true;
        } else if (inTable) {
            section.append(line.section(QStringLiteral(" | "), 1));
        } else {
            normalised.append(line);
        }
    }
    flush();
    return normalised.join(QLatin1Char('\n'));
}

} // namespace

bool TestCommitteeTransfer::populateDemo(Database &database)
{
    CommitteeStore store(database);
    store.setOperatorName(QStringLiteral("Secrétariat FAST"));
    const Outcome populated = DemoCommittee::populate(store);
    if (!populated)
        qWarning("%s", qPrintable(populated.error()));
    // A removed candidate leaves a gap in the numbering that the copy must keep: its id is never given again.
    const QList<Candidate> candidates = store.candidates(14).value();
    return populated && store.removeCandidate(candidates.constLast().id).ok();
}

bool TestCommitteeTransfer::openFiles()
{
    m_second.reset();
    m_first.reset();
    m_original = std::make_unique<TestDatabaseLocation>(TestDatabaseLocation::Engine::Sqlite);
    m_copy = std::make_unique<TestDatabaseLocation>(TestDatabaseLocation::Engine::Sqlite);
    m_first = std::make_unique<Database>();
    m_second = std::make_unique<Database>();
    return m_first->open(m_original->address()).ok() && populateDemo(*m_first) &&
           m_second->open(m_copy->address()).ok();
}

void TestCommitteeTransfer::roundTripThroughTheServer()
{
    if (TestDatabaseLocation::serverAdminAddress().isEmpty())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this case");
    TestDatabaseLocation original(TestDatabaseLocation::Engine::Sqlite);
    TestDatabaseLocation server(TestDatabaseLocation::Engine::PostgreSql);
    TestDatabaseLocation back(TestDatabaseLocation::Engine::Sqlite);
    QVERIFY2(!server.address().isEmpty(), qPrintable(server.error()));
    Database first;
    QVERIFY(first.open(original.address()).ok());
    QVERIFY(populateDemo(first));
    Database onServer;
    QVERIFY(onServer.open(server.address()).ok());
    Database last;
    QVERIFY(last.open(back.address()).ok());

    const Result<CommitteeTransfer::Summary> there = CommitteeTransfer::copy(first.connection(), onServer.connection());
    QVERIFY2(there.ok(), qPrintable(there.error()));
    QCOMPARE(there.value().promotions, 4);
    const Result<CommitteeTransfer::Summary> andBack =
        CommitteeTransfer::copy(onServer.connection(), last.connection());
    QVERIFY2(andBack.ok(), qPrintable(andBack.error()));
    QCOMPARE(andBack.value().rowsPerTable, there.value().rowsPerTable);
    QCOMPARE(sortedDump(last.connection()), sortedDump(first.connection()));

    // The server numbers the next candidate after the removed one, as the file would.
    CommitteeStore serverStore(onServer);
    Candidate next;
    next.name = QStringLiteral("Nouveau");
    next.carrier = QStringLiteral("DINUM");
    next.annualBudget = Money::fromEuros(100000);
    next.requested = Money::fromEuros(50000);
    CommitteeStore fileStore(first);
    const Result<Candidate> onFile = fileStore.addCandidate(14, next);
    const Result<Candidate> onTheServer = serverStore.addCandidate(14, next);
    QVERIFY2(onFile.ok() && onTheServer.ok(), qPrintable(onFile.error() + onTheServer.error()));
    QCOMPARE(onTheServer.value().id, onFile.value().id);
}

void TestCommitteeTransfer::fileToFile()
{
    QVERIFY(openFiles());
    Database &first = *m_first;
    Database &second = *m_second;
    const Result<CommitteeTransfer::Summary> copied = CommitteeTransfer::copy(first.connection(), second.connection());
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    QCOMPARE(sortedDump(second.connection()), sortedDump(first.connection()));
    QStringList tables;
    for (const auto &[table, rows] : copied.value().rowsPerTable)
        tables.append(table);
    QCOMPARE(tables, CommitteeTransfer::tablesInCopyOrder());
}

void TestCommitteeTransfer::refusesATargetThatHoldsACommittee()
{
    QVERIFY(openFiles());
    Database &first = *m_first;
    Database &second = *m_second;
    CommitteeStore store(second);
    Promotion promotion;
    promotion.number = 20;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(1000000);
    QVERIFY(store.addPromotion(promotion).ok());
    const QString before = TestSupport::dumpTables(second.connection());
    const Result<CommitteeTransfer::Summary> copied = CommitteeTransfer::copy(first.connection(), second.connection());
    QVERIFY(!copied.ok());
    // The promotion, its five default criteria and its "promotion.add" audit row.
    QCOMPARE(copied.error(), QStringLiteral("the target already holds a committee (7 row(s)): copy into a new, "
                                            "empty database"));
    QCOMPARE(TestSupport::dumpTables(second.connection()), before);
}

void TestCommitteeTransfer::refusesATableItDoesNotKnow()
{
    QVERIFY(openFiles());
    Database &first = *m_first;
    Database &second = *m_second;
    const QString before = TestSupport::dumpTables(second.connection());
    QSqlQuery query(first.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes_of_the_chair (line TEXT)")));
    const Result<CommitteeTransfer::Summary> copied = CommitteeTransfer::copy(first.connection(), second.connection());
    QVERIFY(!copied.ok());
    QCOMPARE(copied.error(),
             QStringLiteral("the source has a table \"notes_of_the_chair\" that this version of Comité FAST does not "
                            "copy"));
    QCOMPARE(TestSupport::dumpTables(second.connection()), before);
}

QTEST_GUILESS_MAIN(TestCommitteeTransfer)
#include "tst_committeetransfer.moc"
