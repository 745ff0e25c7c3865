#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include "TestDatabaseLocation.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The scope guard: what is committed stays (also after reopening the file), what is not is rolled back
// when the guard goes out of scope, and a transaction that could not begin refuses to commit.
class TestTransactionGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void commitPersists();
    void rollbackOnScopeExit();
    void commitTwiceIsHarmless();
    void nestedGuardIsInactive();
    void closedDatabaseIsInactive();

private:
    static bool insertYear(const QSqlDatabase &database, int year);
    static int yearCount(const QSqlDatabase &database, int year);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    QString m_path;
};

void TestTransactionGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_path = m_location->address();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_path).ok());
}

void TestTransactionGuard::cleanup()
{
    m_database.reset();
    m_dir.reset();
    m_location.reset();
}

bool TestTransactionGuard::insertYear(const QSqlDatabase &database, int year)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO years (year) VALUES (?)"));
    query.addBindValue(year);
    return query.exec();
}

int TestTransactionGuard::yearCount(const QSqlDatabase &database, int year)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM years WHERE year = ?"));
    query.addBindValue(year);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestTransactionGuard::commitPersists()
{
    {
        TransactionGuard transaction(m_database->connection());
        QVERIFY(transaction.isActive());
        QVERIFY(insertYear(m_database->connection(), 2031));
        QVERIFY(insertYear(m_database->connection(), 2032));
        const Outcome committed = transaction.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.error()));
    }
    QCOMPARE(yearCount(m_database->connection(), 2031), 1);
    m_database->close();
    Database reopened;
    QVERIFY(reopened.open(m_path).ok());
    QCOMPARE(yearCount(reopened.connection(), 2031), 1);
    QCOMPARE(yearCount(reopened.connection(), 2032), 1);
}

void TestTransactionGuard::rollbackOnScopeExit()
{
    {
        TransactionGuard transaction(m_database->connection());
        QVERIFY(transaction.isActive());
        QVERIFY(insertYear(m_database->connection(), 2031));
        QVERIFY(insertYear(m_database->connection(), 2032));
        QCOMPARE(yearCount(m_database->connection(), 2031), 1); // visible inside the transaction
    }
    QCOMPARE(yearCount(m_database->connection(), 2031), 0);
    QCOMPARE(yearCount(m_database->connection(), 2032), 0);
    // The connection is usable again: a new guard begins.
    TransactionGuard next(m_database->connection());
    QVERIFY(next.isActive());
    QVERIFY(next.commit().ok());

    m_database->close();
    Database reopened;
    QVERIFY(reopened.open(m_path).ok());
    QCOMPARE(yearCount(reopened.connection(), 2031), 0);
}

void TestTransactionGuard::commitTwiceIsHarmless()
{
    TransactionGuard transaction(m_database->connection());
    QVERIFY(insertYear(m_database->connection(), 2033));
    QVERIFY(transaction.commit().ok());
    QVERIFY(transaction.commit().ok());
    QCOMPARE(yearCount(m_database->connection(), 2033), 1);
}

void TestTransactionGuard::nestedGuardIsInactive()
{
    TransactionGuard outer(m_database->connection());
    QVERIFY(outer.isActive());
    {
        TransactionGuard inner(m_database->connection());
        QVERIFY(!inner.isActive());
        QVERIFY(inner.beginError().startsWith(QStringLiteral("Cannot start a transaction on the database: ")));
        const Outcome committed = inner.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error(), inner.beginError());
    }
    // The inactive inner guard did not roll the outer transaction back.
    QVERIFY(insertYear(m_database->connection(), 2034));
    QVERIFY(outer.commit().ok());
    QCOMPARE(yearCount(m_database->connection(), 2034), 1);
}

void TestTransactionGuard::closedDatabaseIsInactive()
{
    m_database->close();
    TransactionGuard transaction(m_database->connection());
    QVERIFY(!transaction.isActive());
    QVERIFY(transaction.beginError().startsWith(QStringLiteral("Cannot start a transaction on the database: ")));
    QVERIFY(!transaction.commit().ok());
}

QTEST_GUILESS_MAIN(TestTransactionGuard)
#include "tst_transactionguard.moc"
