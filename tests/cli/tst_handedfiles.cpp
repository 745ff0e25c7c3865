#include "TestSupport.h"
#include "cli/CommandLine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The files users hand the application with --db, through the whole process (the Database class itself
// is covered by tst_database): a truncated database, any file named .sqlite, a database of a newer
// schema, a read-only file or folder, a folder that cannot be created, a folder instead of a file. Each
// is refused with one clear line on stderr and exit 1, by `summary` (reads) as by `promotion add`
// (writes), and its bytes stay exactly what they were, with no journal left beside it.
class TestHandedFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void missingFolderIsCreated();
    void changedSchemaRefused_data();
    void changedSchemaRefused();
    void shortFileWithItsWalOpens();

private:
    // A real, populated database written by this version.
    QByteArray m_real;
    QByteArray m_newer;
};

namespace {

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256).toHex();
}

// What is in a folder, with each file's hash: for the cases where the database is a folder.
QStringList listing(const QString &folder)
{
    QStringList entries;
    const QFileInfoList infos =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &info : infos)
        entries.append(info.fileName() + QLatin1Char(' ') +
                       (info.isDir() ? QStringLiteral("dir") : QString::fromLatin1(sha256(info.filePath()))));
    return entries;
}

int runInProcess(const QString &database, const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    return CommandLine::run(QStringList{QStringLiteral("--db"), database} + arguments, outStream, errStream);
}

const QStringList summary{QStringLiteral("summary")};
const QStringList promotionAdd{QStringLiteral("promotion"), QStringLiteral("add"),  QStringLiteral("15"),
                               QStringLiteral("--year"),    QStringLiteral("2025"), QStringLiteral("--envelope"),
                               QStringLiteral("100 000")};

} // namespace

void TestHandedFiles::initTestCase()
{
    QTemporaryDir source;
    QVERIFY(source.isValid());
    const QString path = source.filePath(QStringLiteral("real.sqlite"));
    QCOMPARE(runInProcess(path, {QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"),
                                 QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--envelope"),
                                 QStringLiteral("2 550 000")}),
             0);
    const QString csv = TestSupport::writeFile(source, QStringLiteral("c.csv"),
                                               QByteArrayLiteral("projet;administration;budget_annuel;montant_demande\n"
                                                                 "Envergo;DGALN;400 000;150 000\n"
                                                                 "Mano;DIHAL;300 000;100 000\n"));
    QCOMPARE(runInProcess(path, {QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv}),
             0);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    m_real = TestSupport::readFile(path);
    QVERIFY(m_real.size() >= 4 * 4096);

    const QString newer = source.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(QFile::copy(path, newer));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(newer);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE from_the_future (x INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    m_newer = TestSupport::readFile(newer);
}

void TestHandedFiles::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    // %1 is the path as the application shows it.
    QTest::addColumn<QString>("message");

    const QString notSqlite =
        QStringLiteral("%1 is not a Comité FAST database (it is not an SQLite file); it was left untouched.");
    const struct
    {
        const char *kind;
        QString message;
    } cases[] = {
        {"truncated", QStringLiteral("%1 is damaged: the file is incomplete (%2 bytes where its header announces at "
                                     "least %3); it was left untouched.")},
        {"truncated header", QStringLiteral("%1 is damaged: the file is incomplete (60 bytes where its header "
                                            "announces at least 100); it was left untouched.")},
        {"random bytes", notSqlite},
        {"spreadsheet", notSqlite},
        {"text", notSqlite},
        {"newer schema", QStringLiteral("%1 was written by a newer version of Comité FAST (schema 7; this version "
                                        "reads up to 6); it was left untouched.")},
        {"read-only file", QStringLiteral("The database %1 is read-only: Comité FAST needs to write to it. Check the "
                                          "file's permissions.")},
        {"read-only folder", QStringLiteral("The database %1 is in a read-only folder: Comité FAST needs to write its "
                                            "journal next to it. Check the permissions of %2.")},
        {"folder cannot be created", QStringLiteral("Cannot create the folder %2 for the database %1.")},
        {"folder instead of file", QStringLiteral("%1 is a folder, not a database file.")},
    };
    for (const auto &each : cases) {
        QTest::addRow("%s, summary", each.kind) << QString::fromLatin1(each.kind) << summary << each.message;
        QTest::addRow("%s, promotion add", each.kind) << QString::fromLatin1(each.kind) << promotionAdd << each.message;
    }
}

void TestHandedFiles::refused()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("committee.sqlite"));
    QString folder = dir.path();
    QString restorePermissionsOf;
    if (kind == QLatin1String("truncated")) {
        TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"), m_real.left(m_real.size() / 2 + 1000));
        message = message.arg(QStringLiteral("%1"), QString::number(m_real.size() / 2 + 1000),
                              QString::number(m_real.size()));
    } else if (kind == QLatin1String("truncated header")) {
        TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"), m_real.left(60));
    } else if (kind == QLatin1String("random bytes")) {
        QByteArray random(3 * 4096, Qt::Uninitialized);
        QRandomGenerator generator(20261123);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"), random);
    } else if (kind == QLatin1String("spreadsheet")) {
        path = dir.filePath(QStringLiteral("budget.xlsx.sqlite"));
        TestSupport::writeFile(dir, QStringLiteral("budget.xlsx.sqlite"),
                               QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(500, 'x'));
    } else if (kind == QLatin1String("text")) {
        TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"),
                               QByteArrayLiteral("projet;administration\nEnvergo;DGALN\n"));
    } else if (kind == QLatin1String("newer schema")) {
        TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"), m_newer);
    } else if (kind == QLatin1String("read-only file")) {
        TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"), m_real);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    } else if (kind == QLatin1String("read-only folder")) {
        folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        path = folder + QStringLiteral("/committee.sqlite");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_real);
        file.close();
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        restorePermissionsOf = folder;
    } else if (kind == QLatin1String("folder cannot be created")) {
        // The missing folder's parent is a file: no folder can be made there, whoever runs the test.
        TestSupport::writeFile(dir, QStringLiteral("notes.txt"), QByteArrayLiteral("a file, not a folder\n"));
        folder = dir.filePath(QStringLiteral("notes.txt/committee"));
        path = folder + QStringLiteral("/committee.sqlite");
    } else if (kind == QLatin1String("folder instead of file")) {
        QVERIFY(QDir().mkpath(path));
        TestSupport::writeFile(dir, QStringLiteral("committee.sqlite/inside.txt"), QByteArrayLiteral("kept\n"));
    } else {
        QFAIL("unknown case");
    }
    const QString shownPath = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    message = message.contains(QLatin1String("%2")) ? message.arg(shownPath, QDir::toNativeSeparators(folder))
                                                    : message.arg(shownPath);

    const QStringList before = listing(dir.path());
    const QStringList beforeInside = listing(folder);
    const QByteArray hashBefore = sha256(path);

    const TestSupport::ProcessResult result =
        TestSupport::runCommittee(QStringList{QStringLiteral("--db"), path} + arguments);
    if (!restorePermissionsOf.isEmpty())
        QFile::setPermissions(restorePermissionsOf,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.standardOutput, QByteArray());
    QCOMPARE(QString::fromUtf8(result.standardError), message + QLatin1Char('\n'));
    QCOMPARE(sha256(path), hashBefore);
    QCOMPARE(listing(dir.path()), before);
    QCOMPARE(listing(folder), beforeInside);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestHandedFiles::missingFolderIsCreated()
{
    // A folder that is merely missing is not a refusal: the database and its folders are created, as the
    // first run on a new machine needs.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not/yet/there/committee.sqlite"));
    const TestSupport::ProcessResult added =
        TestSupport::runCommittee(QStringList{QStringLiteral("--db"), path} + promotionAdd);
    QCOMPARE(added.standardError, QByteArray());
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(TestSupport::readFile(path).left(16), QByteArray("SQLite format 3\0", 16));
    const TestSupport::ProcessResult read =
        TestSupport::runCommittee({QStringLiteral("--db"), path, QStringLiteral("summary")});
    QCOMPARE(read.exitCode, 0);
    QVERIFY2(read.standardOutput.contains("FAST15"), read.standardOutput.constData());
}

void TestHandedFiles::changedSchemaRefused_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("difference");

    QTest::newRow("trigger added") << QStringLiteral("CREATE TRIGGER double_amounts AFTER INSERT ON candidates BEGIN "
                                                     "UPDATE candidates SET requested_cents = requested_cents * 2 "
                                                     "WHERE id = NEW.id; END")
                                   << QStringLiteral("unexpected trigger \"double_amounts\" on table candidates");
    QTest::newRow("column dropped") << QStringLiteral("ALTER TABLE candidates DROP COLUMN description")
                                    << QStringLiteral(
                                           "table candidates differs from schema 6 (missing column \"description\")");
    QTest::newRow("index added") << QStringLiteral("CREATE INDEX candidates_name ON candidates (name)")
                                 << QStringLiteral("unexpected index \"candidates_name\" on table candidates");
    QTest::newRow("table added") << QStringLiteral("CREATE TABLE backup (x INTEGER)")
                                 << QStringLiteral("unexpected table \"backup\"");
    QTest::newRow("index dropped") << QStringLiteral("DROP INDEX candidates_promotion")
                                   << QStringLiteral("missing index \"candidates_promotion\" on table candidates");
}

void TestHandedFiles::changedSchemaRefused()
{
    // A schema changed by hand is refused before anything reads it: no "has no candidate yet" with exit 0,
    // no Qt Sql "Parameter count mismatch", and the file keeps every byte.
    QFETCH(QString, statement);
    QFETCH(QString, difference);

    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"), m_real);
    QVERIFY(TestSupport::runRaw(path, {statement}));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QStringList before = listing(dir.path());

    const TestSupport::ProcessResult result =
        TestSupport::runCommittee({QStringLiteral("--db"), path, QStringLiteral("candidates"),
                                   QStringLiteral("--promotion"), QStringLiteral("13")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.standardOutput, QByteArray());
    QCOMPARE(QString::fromUtf8(result.standardError),
             QStringLiteral("%1: the schema was changed outside Comité FAST: %2; it was left untouched.\n")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), difference));
    QCOMPARE(listing(dir.path()), before);
}

void TestHandedFiles::shortFileWithItsWalOpens()
{
    // A kill as a large import ends (or a full disk during the checkpoint) leaves the database file shorter
    // than its header announces, the newest pages in its -wal file: the command reads every row.
    QTemporaryDir dir;
    const QString source = TestSupport::writeFile(dir, QStringLiteral("source.sqlite"), m_real);
    const QString path = dir.filePath(QStringLiteral("committee.sqlite"));
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(source);
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, "
            "annual_budget_cents, requested_cents, description, decision) SELECT id, ?, ?, 'DINUM', '', 'product', "
            "'', 40000000, 10000000, ?, 'none' FROM promotions WHERE number = 13")));
        for (int row = 0; row < 2000; ++row) {
            query.addBindValue(QStringLiteral("Projet %1").arg(row));
            query.addBindValue(QStringLiteral("projet %1").arg(row));
            query.addBindValue(QString(200, QLatin1Char('x')));
            QVERIFY(query.exec());
        }
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
        query = QSqlQuery();
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    // The checkpoint cut short: page 1 of the complete file, announcing every page, and nothing after it.
    const QByteArray complete = TestSupport::readFile(source);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QCOMPARE(file.write(complete.left(4096)), qint64(4096));
    file.close();
    QVERIFY(QFileInfo(path).size() < complete.size());

    const TestSupport::ProcessResult result =
        TestSupport::runCommittee({QStringLiteral("--db"), path, QStringLiteral("candidates"),
                                   QStringLiteral("--promotion"), QStringLiteral("13")});
    QCOMPARE(result.standardError, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.standardOutput.contains("Projet 1999"), result.standardOutput.right(500).constData());
    QVERIFY2(result.standardOutput.contains("2002 candidate(s);"), result.standardOutput.right(500).constData());
}

QTEST_GUILESS_MAIN(TestHandedFiles)
#include "tst_handedfiles.moc"
