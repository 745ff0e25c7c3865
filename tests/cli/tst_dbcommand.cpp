#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// fast-committee db check, run as users run it: a sound file is said sound with its figures (exit 0); a
// broken reference, a schema changed by hand or both are each listed on their own line (exit 1); a file
// that is not a database, or none at all, is refused; and the file keeps every byte in every case.
class TestDbCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void soundFile();
    void problemsListed_data();
    void problemsListed();
    void walFileLeftAsItIs();
    void refused_data();
    void refused();
    void serverAddressIsNotAFile();
    void serverCommittee();
    void copyFileToFile();
    void copyRefusals_data();
    void copyRefusals();

private:
    QByteArray m_real;
};

namespace {

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256).toHex();
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

TestSupport::ProcessResult check(const QString &path)
{
    return TestSupport::runCommittee({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), path});
}

const QString brokenReference = QStringLiteral(
    "INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, annual_budget_cents, "
    "requested_cents, description, decision) VALUES (99, 'Orphelin', 'orphelin', 'DINUM', '', 'product', '', 1, 1, "
    "'', 'none')");
const QString trigger = QStringLiteral("CREATE TRIGGER double_amounts AFTER INSERT ON candidates BEGIN UPDATE "
                                       "candidates SET requested_cents = requested_cents * 2 WHERE id = NEW.id; END");

} // namespace

void TestDbCommand::initTestCase()
{
    QTemporaryDir source;
    QVERIFY(source.isValid());
    const QString path = source.filePath(QStringLiteral("real.sqlite"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(CommandLine::run({QStringLiteral("--db"), path, QStringLiteral("promotion"), QStringLiteral("add"),
                               QStringLiteral("13"), QStringLiteral("--year"), QStringLiteral("2023"),
                               QStringLiteral("--envelope"), QStringLiteral("2 550 000")},
                              outStream, errStream),
             0);
    const QString csv = TestSupport::writeFile(source, QStringLiteral("c.csv"),
                                               QByteArrayLiteral("projet;administration;budget_annuel;montant_demande\n"
                                                                 "Envergo;DGALN;400 000;150 000\n"
                                                                 "Mano;DIHAL;300 000;100 000\n"));
    QCOMPARE(CommandLine::run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("--promotion"),
                               QStringLiteral("13"), csv},
                              outStream, errStream),
             0);
    m_real = TestSupport::readFile(path);
    QVERIFY(m_real.size() >= 4 * 4096);
}

void TestDbCommand::soundFile()
{
    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"), m_real);
    const TestSupport::ProcessResult result = check(path);
    QCOMPARE(result.standardError, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.standardOutput),
             QStringLiteral("%1: the database is sound (schema 6, 1 promotion(s), 2 candidate(s))\n").arg(shown(path)));
    QCOMPARE(TestSupport::readFile(path), m_real);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("committee.sqlite")});
}

void TestDbCommand::problemsListed_data()
{
    QTest::addColumn<QStringList>("statements");
    // %1 is the path as shown.
    QTest::addColumn<QString>("expected");

    const QString orphan =
        QStringLiteral("%1: row 3 of table candidates refers to a missing row of table promotions\n");
    const QString changed = QStringLiteral(
        "%1: the schema was changed outside Comité FAST: unexpected trigger \"double_amounts\" on table candidates\n");
    QTest::newRow("broken reference") << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"), brokenReference}
                                      << orphan;
    QTest::newRow("trigger added") << QStringList{trigger} << changed;
    QTest::newRow("both") << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"), brokenReference, trigger}
                          << changed + orphan;
    QTest::newRow("column dropped") << QStringList{QStringLiteral("ALTER TABLE candidates DROP COLUMN description")}
                                    << QStringLiteral("%1: the schema was changed outside Comité FAST: table "
                                                      "candidates differs from schema 6 (missing column "
                                                      "\"description\")\n");
}

void TestDbCommand::problemsListed()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"), m_real);
    QVERIFY(TestSupport::runRaw(path, statements));
    const QByteArray before = sha256(path);
    const TestSupport::ProcessResult result = check(path);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.standardOutput, QByteArray());
    QCOMPARE(QString::fromUtf8(result.standardError), expected.arg(shown(path)));
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("committee.sqlite")});
}

void TestDbCommand::walFileLeftAsItIs()
{
    // Pages still in the -wal file of a writer that never checkpointed: checked through it, and neither
    // file changes (a read-write connection would have copied the -wal file into the database on closing).
    QTemporaryDir dir;
    const QString source = TestSupport::writeFile(dir, QStringLiteral("source.sqlite"), m_real);
    const QString path = dir.filePath(QStringLiteral("committee.sqlite"));
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(source);
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO promotions (number, year, envelope_cents, rate_percent, "
                                          "cap_cents, min_score, status) VALUES (14, 2024, 100000000, 50, 30000000, "
                                          "0, 'open')")));
        query = QSqlQuery();
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    const QByteArray before = sha256(path);
    const QByteArray walBefore = sha256(path + QStringLiteral("-wal"));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    const TestSupport::ProcessResult result = check(path);
    QCOMPARE(result.standardError, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.standardOutput),
             QStringLiteral("%1: the database is sound (schema 6, 2 promotion(s), 2 candidate(s))\n").arg(shown(path)));
    QCOMPARE(sha256(path), before);
    QCOMPARE(sha256(path + QStringLiteral("-wal")), walBefore);
}

void TestDbCommand::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing") << QByteArray() << QStringLiteral("There is no database %1.\n");
    QTest::newRow("text") << QByteArrayLiteral("projet;administration\n")
                          << QStringLiteral("%1 is not a Comité FAST database (it is not an SQLite file).\n");
}

void TestDbCommand::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("committee.sqlite"));
    if (!bytes.isEmpty())
        TestSupport::writeFile(dir, QStringLiteral("committee.sqlite"), bytes);
    const TestSupport::ProcessResult result = check(path);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.standardOutput, QByteArray());
    QCOMPARE(QString::fromUtf8(result.standardError), expected.arg(shown(path)));
    // Nothing was created, nothing changed.
    QCOMPARE(QFile::exists(path), !bytes.isEmpty());
    if (!bytes.isEmpty())
        QCOMPARE(TestSupport::readFile(path), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), bytes.isEmpty() ? 0 : 1);
}

void TestDbCommand::serverAddressIsNotAFile()
{
    // Not read as a path under the working folder: a server's committee is checked on the server.
    const TestSupport::ProcessResult result = check(QStringLiteral("postgresql://fast@127.0.0.1:1/committee"));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.standardOutput, QByteArray());
    QVERIFY2(QString::fromUtf8(result.standardError)
                 .startsWith(QStringLiteral("Cannot open the committee on postgresql://fast@127.0.0.1:1/committee: ")),
             result.standardError.constData());
    QVERIFY(!QFileInfo::exists(QStringLiteral("postgresql:")));
}

void TestDbCommand::serverCommittee()
{
    TestDatabaseLocation location(TestDatabaseLocation::Engine::PostgreSql);
    if (location.address().isEmpty())
        QSKIP(qPrintable(location.error()));
    {
        Database database;
        QVERIFY(database.open(location.address()).ok());
        CommitteeStore store(database);
        Promotion promotion;
        promotion.number = 13;
        promotion.year = 2026;
        promotion.envelope = Money::fromEuros(1000000);
        QVERIFY(store.addPromotion(promotion).ok());
    }
    const TestSupport::ProcessResult sound = check(location.address());
    QCOMPARE(sound.standardError, QByteArray());
    QCOMPARE(sound.exitCode, 0);
    QCOMPARE(QString::fromUtf8(sound.standardOutput),
             QStringLiteral("%1: the database is sound (schema 6, 1 promotion(s), 0 candidate(s))\n")
                 .arg(location.address()));

    // Changed by hand on the server: a trigger dropped, a column dropped, a table and a reference added.
    QVERIFY(TestSupport::runOnServer(location.address(),
                                     {QStringLiteral("DROP TRIGGER fast_committee_notify ON notes"),
                                      QStringLiteral("ALTER TABLE candidates DROP COLUMN contact_email"),
                                      QStringLiteral("ALTER TABLE recusals DROP CONSTRAINT IF EXISTS "
                                                     "recusals_member_id_fkey"),
                                      QStringLiteral("CREATE TABLE notes_backup (note INTEGER)")}));
    const TestSupport::ProcessResult broken = check(location.address());
    QCOMPARE(broken.exitCode, 1);
    QCOMPARE(broken.standardOutput, QByteArray());
    const QString prefix = location.address() + QStringLiteral(": ");
    QCOMPARE(QString::fromUtf8(broken.standardError).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             QStringList({prefix + QStringLiteral("column contact_email of table candidates is missing"),
                          prefix + QStringLiteral("table notes_backup was added outside Comité FAST"),
                          prefix + QStringLiteral("the changes of table notes are not announced to the other windows "
                                                  "(its trigger is missing)"),
                          prefix + QStringLiteral("table recusals checks 1 of its 2 references to other tables")}));
}

void TestDbCommand::copyFileToFile()
{
    QTemporaryDir dir;
    const QString from = TestSupport::writeFile(dir, QStringLiteral("real.sqlite"), m_real);
    const QString to = dir.filePath(QStringLiteral("copy.sqlite"));
    const TestSupport::ProcessResult result = TestSupport::runCommittee(
        {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QCOMPARE(QString::fromUtf8(result.standardError), QString());
    QCOMPARE(result.exitCode, 0);
    // Three audit rows: the promotion and the two imported candidates.
    QCOMPARE(QString::fromUtf8(result.standardOutput),
             QStringLiteral("Copied %1 to %2: 1 promotion(s), 2 candidate(s), 3 audit row(s); every table's rows and "
                            "every promotion's totals match to the cent.\n")
                 .arg(shown(from), shown(to)));
    const TestSupport::ProcessResult checked = check(to);
    QCOMPARE(QString::fromUtf8(checked.standardOutput),
             QStringLiteral("%1: the database is sound (schema 6, 1 promotion(s), 2 candidate(s))\n").arg(shown(to)));
    // The source is read, never written.
    QCOMPARE(TestSupport::readFile(from), m_real);
}

void TestDbCommand::copyRefusals_data()
{
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no source") << QStringLiteral("missing.sqlite") << QStringLiteral("copy.sqlite")
                               << QStringLiteral("There is no database %1.\n");
    QTest::newRow("target exists") << QStringLiteral("real.sqlite") << QStringLiteral("other.sqlite")
                                   << QStringLiteral("%1 already exists: db copy writes a new file, never over one.\n");
    QTest::newRow("same file") << QStringLiteral("real.sqlite") << QStringLiteral("real.sqlite")
                               << QStringLiteral("%1 already exists: db copy writes a new file, never over one.\n");
}

void TestDbCommand::copyRefusals()
{
    QFETCH(QString, fromName);
    QFETCH(QString, toName);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("real.sqlite"), m_real);
    TestSupport::writeFile(dir, QStringLiteral("other.sqlite"), m_real);
    const QString from = dir.filePath(fromName);
    const QString to = dir.filePath(toName);
    const TestSupport::ProcessResult result = TestSupport::runCommittee(
        {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.standardOutput, QByteArray());
    // Each message names the file it is about: the missing source, or the target that exists.
    QCOMPARE(QString::fromUtf8(result.standardError), expected.arg(QFile::exists(from) ? shown(to) : shown(from)));
    // Nothing written or created.
    QCOMPARE(TestSupport::readFile(dir.filePath(QStringLiteral("real.sqlite"))), m_real);
    QCOMPARE(TestSupport::readFile(dir.filePath(QStringLiteral("other.sqlite"))), m_real);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestDbCommand)
#include "tst_dbcommand.moc"
