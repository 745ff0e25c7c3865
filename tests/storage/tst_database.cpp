#include "TestSupport.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The database file: created with its folder, reopened, set up (foreign keys, WAL, schema version), and
// every file that is not ours refused with a message while keeping every byte it had.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsFileAndMissingFolders();
    void reopenKeepsData();
    void connectionIsSetUp();
    void emptyFileIsTreatedAsNew();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesReadOnlyFile();
    void refusesReadOnlyFolder();
    void refusesFolderAsFile();
    void opensShortFileWhosePagesAreInItsWal();
    void refusesShortFileWithoutItsWal();
    void eachObjectHasItsOwnConnection();
    void resolvePath_data();
    void resolvePath();

private:
    static QByteArray sha256(const QString &path);
    static QVariant pragma(const Database &database, const QString &statement);
    QString createRealDatabase(const QString &name) const;
    // A schema-3 database left as a checkpoint cut short leaves it: page 1 (announcing every page) written
    // to the file, the pages after the file's end only in the -wal file beside it. Returns the number of
    // candidates written; the file is at path, its complete version at path + ".complete".
    int createShortFileWithWal(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    // Permissions changed by a failed test must not stop the folder from being removed.
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_dir.reset();
}

QByteArray TestDatabase::sha256(const QString &path)
{
    return QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256);
}

QVariant TestDatabase::pragma(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next())
        return QVariant();
    return query.value(0);
}

QString TestDatabase::createRealDatabase(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    Database database;
    if (!database.open(path).ok())
        return QString();
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO years (year, product_target) VALUES (?, ?)"));
    query.addBindValue(2030);
    query.addBindValue(21);
    if (!query.exec())
        return QString();
    return path;
}

int TestDatabase::createShortFileWithWal(const QString &path) const
{
    const QString source = m_dir->filePath(QStringLiteral("source.sqlite"));
    {
        Database database;
        if (!database.open(source).ok())
            return -1;
    }
    constexpr int rows = 3000;
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(source);
        if (!writer.open())
            return -1;
        QSqlQuery query(writer);
        // No checkpoint while writing: every new page stays in the -wal file.
        if (!query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")) ||
            !query.exec(QStringLiteral("INSERT INTO promotions (number, year, envelope_cents, rate_percent, "
                                       "cap_cents, min_score, status) VALUES (13, 2023, 255000000, 50, 30000000, 0, "
                                       "'open')")) ||
            !query.exec(QStringLiteral("BEGIN")))
            return -1;
        query.prepare(QStringLiteral("INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, "
                                     "phase, annual_budget_cents, requested_cents, description, decision) "
                                     "VALUES (1, ?, ?, 'DINUM', '', 'product', '', 40000000, 15000000, ?, 'none')"));
        for (int row = 0; row < rows; ++row) {
            query.addBindValue(QStringLiteral("Projet %1").arg(row));
            query.addBindValue(QStringLiteral("projet %1").arg(row));
            query.addBindValue(QString(200, QLatin1Char('x')));
            if (!query.exec())
                return -1;
        }
        if (!query.exec(QStringLiteral("COMMIT")))
            return -1;
        query = QSqlQuery();
        // Copied while the writer is open, as a kill or a full disk leaves them.
        if (!QFile::copy(source, path) || !QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")))
            return -1;
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    if (!QFile::rename(source, path + QStringLiteral(".complete")))
        return -1;

    // The checkpoint cut short: the complete file's page 1 (4096 bytes) reached the copy, nothing after it.
    const QByteArray complete = TestSupport::readFile(path + QStringLiteral(".complete"));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.write(complete.left(4096)) != 4096)
        return -1;
    file.close();
    return rows;
}

void TestDatabase::createsFileAndMissingFolders()
{
    const QString path = m_dir->filePath(QStringLiteral("not/yet/there/fast-committee.sqlite"));
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("not"))).exists());
    Database database;
    const Outcome opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(database.isOpen());
    QCOMPARE(database.path(), path);
    QVERIFY(QFile::exists(path));
    QCOMPARE(TestSupport::readFile(path).left(16), QByteArray("SQLite format 3\0", 16));
    database.close();
    QVERIFY(!database.isOpen());
    QCOMPARE(database.path(), QString());
}

void TestDatabase::reopenKeepsData()
{
    const QString path = createRealDatabase(QStringLiteral("fast.sqlite"));
    QVERIFY(!path.isEmpty());
    Database database;
    QVERIFY(database.open(path).ok());
    QCOMPARE(database.schemaVersion().value(), 6);
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT year, product_target FROM years ORDER BY year")));
    QList<QPair<int, int>> rows;
    while (query.next())
        rows.append({query.value(0).toInt(), query.value(1).toInt()});
    // The seeded targets once only, and the row written before closing.
    const QList<QPair<int, int>> expected{{2023, 12}, {2024, 15}, {2025, 15}, {2026, 15}, {2030, 21}};
    QCOMPARE(rows, expected);
}

void TestDatabase::connectionIsSetUp()
{
    Database database;
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("fast.sqlite"))).ok());
    QCOMPARE(pragma(database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(database, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(pragma(database, QStringLiteral("PRAGMA user_version")).toInt(), 6);
    QCOMPARE(Database::currentSchemaVersion, 6);

    // Foreign keys are enforced, not only declared.
    QSqlQuery query(database.connection());
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, annual_budget_cents, "
        "requested_cents, description, decision) VALUES (42, 'A', 'a', 'B', '', 'product', '', 1, 1, '', 'none')")));
}

void TestDatabase::emptyFileIsTreatedAsNew()
{
    const QString path = TestSupport::writeFile(*m_dir, QStringLiteral("empty.sqlite"), QByteArray());
    Database database;
    const Outcome opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(database.schemaVersion().value(), 6);
}

void TestDatabase::refusesForeignFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("text file") << QStringLiteral("notes.sqlite")
                               << QByteArray("Ceci n'est pas une base de donn\xc3\xa9"
                                             "es.\nIl y a plusieurs lignes.\n")
                               << QStringLiteral("%1 is not a Comité FAST database (it is not an SQLite file); it was "
                                                 "left untouched.");
    QTest::newRow("short file") << QStringLiteral("short.sqlite") << QByteArray("SQLite")
                                << QStringLiteral("%1 is not a Comité FAST database (it is not an SQLite file); it was "
                                                  "left untouched.");

    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator generator(20231113);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("random binary") << QStringLiteral("random.sqlite") << random
                                   << QStringLiteral("%1 is not a Comité FAST database (it is not an SQLite file); it "
                                                     "was left untouched.");

    // A real database written by this version, then damaged or stamped by a later one.
    QTemporaryDir source;
    const QString realPath = source.filePath(QStringLiteral("real.sqlite"));
    {
        Database database;
        QVERIFY(database.open(realPath).ok());
    }
    const QByteArray real = TestSupport::readFile(realPath);
    QVERIFY(real.size() >= 4 * 4096);
    QCOMPARE(real.size() % 4096, 0);
    QTest::newRow("truncated copy")
        << QStringLiteral("truncated.sqlite") << real.left(real.size() / 2)
        << QStringLiteral("%1 is damaged: the file is incomplete (%2 bytes where its header announces at least %3); it "
                          "was left untouched.")
               .arg(QStringLiteral("%1"), QString::number(real.size() / 2), QString::number(real.size()));
    QTest::newRow("truncated header")
        << QStringLiteral("header.sqlite") << real.left(50)
        << QStringLiteral("%1 is damaged: the file is incomplete (50 bytes where its header announces at least 100); "
                          "it was left untouched.");

    const QString newerPath = source.filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(newerPath);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE later (x INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    QTest::newRow("user_version 99")
        << QStringLiteral("newer.sqlite") << TestSupport::readFile(newerPath)
        << QStringLiteral(
               "%1 was written by a newer version of Comité FAST (schema 99; this version reads up to 6); it "
               "was left untouched.");
}

void TestDatabase::refusesForeignFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const QString path = TestSupport::writeFile(*m_dir, fileName, bytes);
    const QByteArray before = sha256(path);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    Database database;
    const Outcome opened = database.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), message.arg(QDir::toNativeSeparators(path)));
    QVERIFY(!database.isOpen());
    QCOMPARE(sha256(path), before);
    QCOMPARE(QFileInfo(path).size(), bytes.size());
    // No journal was started next to it either.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
}

void TestDatabase::refusesReadOnlyFile()
{
    const QString path = createRealDatabase(QStringLiteral("locked.sqlite"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = sha256(path);

    Database database;
    const Outcome opened = database.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), QStringLiteral("The database %1 is read-only: Comité FAST needs to write to it. Check the "
                                            "file's permissions.")
                                 .arg(QDir::toNativeSeparators(path)));
    QVERIFY(!database.isOpen());
    QCOMPARE(sha256(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDatabase::refusesReadOnlyFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString path = folder + QStringLiteral("/fast.sqlite");

    Database database;
    const Outcome opened = database.open(path);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), QStringLiteral("Cannot create the database %1: the folder %2 is read-only.")
                                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder)));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::refusesFolderAsFile()
{
    const QString folder = m_dir->filePath(QStringLiteral("folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    Database database;
    const Outcome opened = database.open(folder);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(),
             QStringLiteral("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(folder)));
}

void TestDatabase::opensShortFileWhosePagesAreInItsWal()
{
    // A full disk during a checkpoint, or a kill as a large import ends, leaves a database file shorter
    // than its header announces while the pages are safe in the -wal file: SQLite reads every row, so the
    // file is opened, not called damaged.
    const QString path = m_dir->filePath(QStringLiteral("committee.sqlite"));
    const int rows = createShortFileWithWal(path);
    QCOMPARE(rows, 3000);
    const qint64 complete = QFileInfo(path + QStringLiteral(".complete")).size();
    QVERIFY2(QFileInfo(path).size() < complete,
             qPrintable(QStringLiteral("%1 < %2").arg(QFileInfo(path).size()).arg(complete)));

    Database database;
    const Outcome opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), SUM(requested_cents), MIN(name), MAX(LENGTH(description)) "
                                      "FROM candidates")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), rows);
    QCOMPARE(query.value(1).toLongLong(), qint64(rows) * 15000000);
    QCOMPARE(query.value(2).toString(), QStringLiteral("Projet 0"));
    QCOMPARE(query.value(3).toInt(), 200);
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM candidates WHERE id = 3000")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Projet 2999"));
    QCOMPARE(pragma(database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestDatabase::refusesShortFileWithoutItsWal()
{
    // The same file without the -wal file that holds its pages is truly incomplete: SQLite cannot read it
    // either, and it is refused as damaged with every byte kept.
    const QString path = m_dir->filePath(QStringLiteral("committee.sqlite"));
    QCOMPARE(createShortFileWithWal(path), 3000);
    QVERIFY(QFile::remove(path + QStringLiteral("-wal")));
    const QByteArray before = sha256(path);
    const qint64 size = QFileInfo(path).size();
    const qint64 complete = QFileInfo(path + QStringLiteral(".complete")).size();

    Database database;
    const Outcome opened = database.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), QStringLiteral("%1 is damaged: the file is incomplete (%2 bytes where its header "
                                            "announces at least %3); it was left untouched.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(size)
                                 .arg(complete));
    QVERIFY(!database.isOpen());
    QCOMPARE(sha256(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestDatabase::eachObjectHasItsOwnConnection()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        Database first;
        Database second;
        QVERIFY(first.open(m_dir->filePath(QStringLiteral("first.sqlite"))).ok());
        QVERIFY(second.open(m_dir->filePath(QStringLiteral("second.sqlite"))).ok());
        QVERIFY(first.connection().connectionName() != second.connection().connectionName());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);

        QSqlQuery insert(first.connection());
        QVERIFY(insert.exec(QStringLiteral("DELETE FROM years WHERE year = 2023")));
        QCOMPARE(pragma(first, QStringLiteral("SELECT COUNT(*) FROM years")).toInt(), 3);
        QCOMPARE(pragma(second, QStringLiteral("SELECT COUNT(*) FROM years")).toInt(), 4);
    }
    // Destroying the objects removed their connections.
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestDatabase::resolvePath_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("expected");

    QTest::newRow("option wins") << QStringLiteral("/data/option.sqlite") << QStringLiteral("/data/env.sqlite")
                                 << QStringLiteral("/data/option.sqlite");
    QTest::newRow("environment") << QString() << QStringLiteral("/data/env.sqlite")
                                 << QStringLiteral("/data/env.sqlite");
    QTest::newRow("default") << QString() << QString() << Database::defaultPath();
}

void TestDatabase::resolvePath()
{
    QFETCH(QString, option);
    QFETCH(QString, environment);
    QFETCH(QString, expected);

    const QByteArray saved = qgetenv(Database::environmentVariable);
    if (environment.isEmpty())
        qunsetenv(Database::environmentVariable);
    else
        qputenv(Database::environmentVariable, environment.toUtf8());
    const QString resolved = Database::resolvePath(option);
    qputenv(Database::environmentVariable, saved);
    QCOMPARE(resolved, expected);
    QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/fast-committee.sqlite")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
