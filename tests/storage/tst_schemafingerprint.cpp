#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SchemaFingerprint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The schema of a file compared with the one the migrations build for its version: the same schema at
// every version, each change made by hand (a trigger, a dropped column, an extra index or table, a
// missing one) named, and Database::open refusing such a file with every byte kept.
class TestSchemaFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sameSchemaAtEveryVersion_data();
    void sameSchemaAtEveryVersion();
    void namesWhatAnOlderVersionLacks();
    void refusesChangedSchema_data();
    void refusesChangedSchema();
    void refusesForeignSqliteDatabase();
    void upgradesAnOlderSchema();

private:
    static QByteArray sha256(const QString &path);
    static QVariant pragma(const Database &database, const QString &statement);
    // A database of schema `version`, built by the migrations through a plain connection.
    QString createAtVersion(const QString &name, int version) const;
    QString createRealDatabase(const QString &name) const;
    // Runs statements on a file through a plain connection, as someone with the sqlite3 shell would.

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSchemaFingerprint::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSchemaFingerprint::cleanup()
{
    m_dir.reset();
}

QByteArray TestSchemaFingerprint::sha256(const QString &path)
{
    return QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256);
}

QVariant TestSchemaFingerprint::pragma(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next())
        return QVariant();
    return query.value(0);
}

QString TestSchemaFingerprint::createAtVersion(const QString &name, int version) const
{
    const QString path = m_dir->filePath(name);
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("built"));
        raw.setDatabaseName(path);
        ok = raw.open() && Migrations::upgrade(raw, 0, version).ok();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("built"));
    return ok ? path : QString();
}

QString TestSchemaFingerprint::createRealDatabase(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    Database database;
    if (!database.open(path).ok())
        return QString();
    return path;
}

void TestSchemaFingerprint::sameSchemaAtEveryVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version <= Database::currentSchemaVersion; ++version)
        QTest::addRow("schema %d", version) << version;
}

void TestSchemaFingerprint::sameSchemaAtEveryVersion()
{
    QFETCH(int, version);
    const QString path = createAtVersion(QStringLiteral("built.sqlite"), version);
    QVERIFY(!path.isEmpty());
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    const Result<QStringList> differences = SchemaFingerprint::differences(raw, version);
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
    QVERIFY2(differences.ok(), qPrintable(differences.error()));
    QCOMPARE(differences.value(), QStringList());
}

void TestSchemaFingerprint::namesWhatAnOlderVersionLacks()
{
    const QString path = createAtVersion(QStringLiteral("two.sqlite"), 2);
    QVERIFY(!path.isEmpty());
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    const Result<QStringList> differences = SchemaFingerprint::differences(raw, 3);
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
    QVERIFY2(differences.ok(), qPrintable(differences.error()));
    const QStringList expected{
        QStringLiteral("missing index \"scenario_exclusions_candidate\" on table scenario_exclusions"),
        QStringLiteral("missing table \"scenario_exclusions\""),
        QStringLiteral("missing table \"scenarios\""),
    };
    QCOMPARE(differences.value(), expected);
}

void TestSchemaFingerprint::refusesChangedSchema_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("difference");

    QTest::newRow("trigger added")
        << QStringList{QStringLiteral(
               "CREATE TRIGGER double_amounts AFTER INSERT ON candidates BEGIN UPDATE candidates SET requested_cents = "
               "requested_cents * 2 WHERE id = NEW.id; END")}
        << QStringLiteral("unexpected trigger \"double_amounts\" on table candidates");
    QTest::newRow("column dropped") << QStringList{QStringLiteral("ALTER TABLE candidates DROP COLUMN description")}
                                    << QStringLiteral(
                                           "table candidates differs from schema 6 (missing column \"description\")");
    QTest::newRow("column added") << QStringList{QStringLiteral("ALTER TABLE promotions ADD COLUMN note TEXT")}
                                  << QStringLiteral("table promotions differs from schema 6 (unexpected column "
                                                    "\"note\")");
    QTest::newRow("index added") << QStringList{QStringLiteral("CREATE INDEX candidates_name ON candidates (name)")}
                                 << QStringLiteral("unexpected index \"candidates_name\" on table candidates");
    QTest::newRow("index dropped") << QStringList{QStringLiteral("DROP INDEX notes_member")}
                                   << QStringLiteral("missing index \"notes_member\" on table notes");
    QTest::newRow("table added") << QStringList{QStringLiteral("CREATE TABLE backup (x INTEGER)")}
                                 << QStringLiteral("unexpected table \"backup\"");
    QTest::newRow("table dropped") << QStringList{QStringLiteral("DROP TABLE recusals")}
                                   << QStringLiteral("missing table \"recusals\"");
    QTest::newRow("view added") << QStringList{QStringLiteral("CREATE VIEW laureates AS SELECT name FROM candidates")}
                                << QStringLiteral("unexpected view \"laureates\"");
    QTest::newRow("two changes") << QStringList{QStringLiteral("DROP INDEX audit_log_promotion"),
                                                QStringLiteral("CREATE TABLE backup (x INTEGER)")}
                                 << QStringLiteral("missing index \"audit_log_promotion\" on table audit_log, "
                                                   "unexpected table \"backup\"");
}

void TestSchemaFingerprint::refusesChangedSchema()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, difference);

    const QString path = createRealDatabase(QStringLiteral("changed.sqlite"));
    QVERIFY(!path.isEmpty());
    QVERIFY(TestSupport::runRaw(path, statements));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = sha256(path);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    Database database;
    const Outcome opened = database.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(),
             QStringLiteral("%1: the schema was changed outside Comité FAST: %2; it was left untouched.")
                 .arg(QDir::toNativeSeparators(path), difference));
    QVERIFY(!database.isOpen());
    QCOMPARE(sha256(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
}

void TestSchemaFingerprint::refusesForeignSqliteDatabase()
{
    // Another program's SQLite database (user_version 0, tables of its own) is not a new file to migrate.
    const QString path = m_dir->filePath(QStringLiteral("contacts.sqlite"));
    QVERIFY(TestSupport::runRaw(path, {QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
                                       QStringLiteral("INSERT INTO contacts VALUES ('Alice', '0102030405')")}));
    const QByteArray before = sha256(path);

    Database database;
    const Outcome opened = database.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), QStringLiteral("%1: the schema was changed outside Comité FAST: unexpected table "
                                            "\"contacts\"; it was left untouched.")
                                 .arg(QDir::toNativeSeparators(path)));
    QCOMPARE(sha256(path), before);
}

void TestSchemaFingerprint::upgradesAnOlderSchema()
{
    // A file of schema 2 as this version's migrations built it matches schema 2's fingerprint and is upgraded.
    const QString path = createAtVersion(QStringLiteral("old.sqlite"), 2);
    QVERIFY(!path.isEmpty());

    Database database;
    const Outcome opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(database.schemaVersion().value(), 6);
    QCOMPARE(pragma(database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'scenarios'")).toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestSchemaFingerprint)
#include "tst_schemafingerprint.moc"
