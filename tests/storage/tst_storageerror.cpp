#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/YearRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The words a failed statement becomes: SQLite's result codes as QSQLITE reports them (the extended code as
// nativeErrorCode(), or only SQLite's text where Qt drops the code), and two real faults: a database locked
// by another connection, a connection that may only read.
class TestStorageError : public QObject
{
    Q_OBJECT

private slots:
    void kindOfCode_data();
    void kindOfCode();
    void kindOfTextWithoutCode_data();
    void kindOfTextWithoutCode();
    void otherErrorsKeepTheCallersWording();
    void lockedDatabase();
    void readOnlyConnection();
};

namespace {

const char *const fullText = "The disk is full: free some space and try again; nothing was written.";
const char *const lockedText = "The database is locked by another program (another Comité FAST window or command, "
                               "or a backup): wait until it is done and try again; nothing was written.";

} // namespace

void TestStorageError::kindOfCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    using Kind = StorageError::Kind;
    QTest::newRow("SQLITE_FULL") << QStringLiteral("13") << int(Kind::DiskFull);
    QTest::newRow("SQLITE_IOERR") << QStringLiteral("10") << int(Kind::InputOutput);
    QTest::newRow("SQLITE_IOERR_WRITE") << QStringLiteral("778") << int(Kind::InputOutput);
    QTest::newRow("SQLITE_IOERR_FSYNC") << QStringLiteral("1034") << int(Kind::InputOutput);
    QTest::newRow("SQLITE_IOERR_SHMSIZE") << QStringLiteral("4874") << int(Kind::InputOutput);
    QTest::newRow("SQLITE_READONLY") << QStringLiteral("8") << int(Kind::ReadOnly);
    QTest::newRow("SQLITE_READONLY_DBMOVED") << QStringLiteral("1032") << int(Kind::ReadOnly);
    QTest::newRow("SQLITE_BUSY") << QStringLiteral("5") << int(Kind::Locked);
    QTest::newRow("SQLITE_BUSY_SNAPSHOT") << QStringLiteral("517") << int(Kind::Locked);
    QTest::newRow("SQLITE_LOCKED") << QStringLiteral("6") << int(Kind::Locked);
    QTest::newRow("SQLITE_CORRUPT") << QStringLiteral("11") << int(Kind::Corrupt);
    QTest::newRow("SQLITE_NOTADB") << QStringLiteral("26") << int(Kind::Corrupt);
    QTest::newRow("SQLITE_CONSTRAINT_UNIQUE") << QStringLiteral("2067") << int(Kind::Other);
    QTest::newRow("SQLITE_ERROR") << QStringLiteral("1") << int(Kind::Other);
}

void TestStorageError::kindOfCode()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    const QSqlError error(QStringLiteral("driver text"), QStringLiteral("database text"), QSqlError::StatementError,
                          code);
    QCOMPARE(int(StorageError::kind(error)), kind);
}

void TestStorageError::kindOfTextWithoutCode_data()
{
    QTest::addColumn<QString>("databaseText");
    QTest::addColumn<int>("kind");
    using Kind = StorageError::Kind;
    QTest::newRow("full") << QStringLiteral("database or disk is full") << int(Kind::DiskFull);
    QTest::newRow("I/O") << QStringLiteral("disk I/O error") << int(Kind::InputOutput);
    QTest::newRow("read-only") << QStringLiteral("attempt to write a readonly database") << int(Kind::ReadOnly);
    QTest::newRow("locked") << QStringLiteral("database is locked") << int(Kind::Locked);
    QTest::newRow("malformed") << QStringLiteral("database disk image is malformed") << int(Kind::Corrupt);
    QTest::newRow("constraint") << QStringLiteral("UNIQUE constraint failed: years.year") << int(Kind::Other);
}

void TestStorageError::kindOfTextWithoutCode()
{
    QFETCH(QString, databaseText);
    QFETCH(int, kind);
    // As QSQLiteDriver::commitTransaction() reports a failed COMMIT: the text, no code.
    const QSqlError error(QStringLiteral("Unable to commit transaction"), databaseText, QSqlError::TransactionError);
    QCOMPARE(int(StorageError::kind(error)), kind);
}

void TestStorageError::otherErrorsKeepTheCallersWording()
{
    const QSqlError constraint(QStringLiteral("Unable to fetch row"),
                               QStringLiteral("UNIQUE constraint failed: years.year"), QSqlError::ConnectionError,
                               QStringLiteral("2067"));
    QCOMPARE(StorageError::message(constraint, QSqlDatabase(), QStringLiteral("The database refused the year 2025.")),
             QStringLiteral("The database refused the year 2025."));
    QCOMPARE(StorageError::describe(constraint), constraint.text());
    const QSqlError full(QStringLiteral("Unable to fetch row"), QStringLiteral("database or disk is full"),
                         QSqlError::ConnectionError, QStringLiteral("13"));
    QCOMPARE(StorageError::message(full, QSqlDatabase(), QStringLiteral("The database refused the year 2025.")),
             QString::fromUtf8(fullText));
    QCOMPARE(StorageError::describe(full), QString::fromUtf8(fullText));
}

void TestStorageError::lockedDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    Database holder;
    QVERIFY(holder.open(path).ok());
    Database waiter;
    QVERIFY(waiter.open(path).ok());
    // The waiter gives up at once rather than after the application's five seconds.
    QSqlQuery(waiter.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 50"));
    QSqlQuery hold(holder.connection());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

    CommitteeStore store(waiter);
    Promotion promotion;
    promotion.number = 1;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(100000);
    const Result<Promotion> added = store.addPromotion(promotion);
    QVERIFY(!added.ok());
    QCOMPARE(added.error(), QString::fromUtf8(lockedText));

    QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(store.addPromotion(promotion).ok());
}

void TestStorageError::readOnlyConnection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path).ok());
    }
    const QString name = QStringLiteral("read-only");
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reader.setDatabaseName(path);
        reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(reader.open());
        const Outcome saved = YearRepository(reader).save(FundYear{2025, std::nullopt, 12});
        QVERIFY(!saved.ok());
        QCOMPARE(
            saved.error(),
            QStringLiteral("The database cannot be written: the file or its disk is read-only; nothing was written."));
        reader.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestStorageError)
#include "tst_storageerror.moc"
