#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// What `import` and `scores import` do with files that must never be read as a whole or as they are, run
// as users run them (the real executable): an endless device and a named pipe are refused at once as
// not regular files, whatever the option, and a file that mixes UTF-8 and Windows-1252 is refused at its
// first stray byte, --dry-run included; each with exit 1, the reason as the first stderr line, and the
// database's every row as it was.
class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void specialFileRefusedAtOnce_data();
    void specialFileRefusedAtOnce();
    void encodings_data();
    void encodings();

private:
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        qint64 milliseconds = 0;
        QString out;
        QString err;
    };
    // The real executable on the test's database, killed if it has not finished in 10 s.
    Run run(const QStringList &arguments) const;
    // Every row of every table, as text: equal dumps mean an unchanged database.
    QStringList dump() const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
    QString m_fifo;
};

TestImportCommand::Run TestImportCommand::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FAST_COMMITTEE_DB"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(FAST_COMMITTEE_EXECUTABLE),
                  QStringList{QStringLiteral("--db"), m_database} + arguments);
    Run result;
    result.finished = process.waitForFinished(10000);
    result.milliseconds = timer.elapsed();
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList TestImportCommand::dump() const
{
    if (Database::isServerAddress(m_database))
        return TestSupport::dumpServer(m_database).split(QLatin1Char('\n'));
    QStringList rows;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("import-dump"));
        database.setDatabaseName(m_database);
        if (!database.open())
            return {QStringLiteral("cannot open")};
        QSqlQuery tables(database);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            QSqlQuery query(database);
            query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (query.next()) {
                QStringList values{table};
                for (int column = 0; column < query.record().count(); ++column)
                    values.append(query.value(column).toString());
                rows.append(values.join(QLatin1Char('|')));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("import-dump"));
    return rows;
}

void TestImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("runtime")));
    QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    m_fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);

    const auto setUp = [this](const QStringList &arguments) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int exitCode =
            CommandLine::run(QStringList{QStringLiteral("--db"), m_database} + arguments, outStream, errStream);
        errStream.flush();
        return exitCode == 0 ? QString() : err;
    };
    QCOMPARE(setUp({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                    QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")}),
             QString());
    const QString candidates =
        TestSupport::writeFile(m_dir, QStringLiteral("setup.csv"),
                               QByteArrayLiteral("projet;administration;budget_annuel;"
                                                 "montant_demande\nEnvergo;DGALN;400 000;150 000\n"));
    QCOMPARE(setUp({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), candidates}),
             QString());
    QCOMPARE(setUp({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--promotion"),
                    QStringLiteral("13"), QStringLiteral("Alice"), QStringLiteral("Bruno")}),
             QString());
}

void TestImportCommand::specialFileRefusedAtOnce_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");

    const QStringList import{QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13")};
    const QStringList scores = QStringList{QStringLiteral("scores")} + import;
    const QString device = QStringLiteral("a character device");
    QTest::newRow("import /dev/zero") << import << QStringLiteral("/dev/zero") << device;
    QTest::newRow("import /dev/zero --dry-run")
        << import + QStringList{QStringLiteral("--dry-run")} << QStringLiteral("/dev/zero") << device;
    QTest::newRow("import a named pipe") << import << QStringLiteral("fifo") << QStringLiteral("a named pipe");
    QTest::newRow("import a named pipe --dry-run") << import + QStringList{QStringLiteral("--dry-run")}
                                                   << QStringLiteral("fifo") << QStringLiteral("a named pipe");
    QTest::newRow("scores import /dev/zero") << scores << QStringLiteral("/dev/zero") << device;
    QTest::newRow("scores import a named pipe") << scores << QStringLiteral("fifo") << QStringLiteral("a named pipe");
}

void TestImportCommand::specialFileRefusedAtOnce()
{
    QFETCH(QStringList, command);
    QFETCH(QString, file);
    QFETCH(QString, kind);

    const QString path = file == QLatin1String("fifo") ? m_fifo : file;
    const QStringList before = dump();
    QVERIFY(before.size() > 5);
    const Run result = run(command + QStringList{path});
    QVERIFY2(result.finished, "still reading after 10 s");
    QVERIFY2(result.milliseconds < 5000, qPrintable(QString::number(result.milliseconds)));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(
        lines,
        QStringList(
            {path +
                 QStringLiteral(": not a regular file but %1: give the path of a CSV file saved on a disk").arg(kind),
             QStringLiteral("1 problem(s): nothing was imported into FAST13.")}));
    QCOMPARE(dump(), before);
}

void TestImportCommand::encodings_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("firstLine");

    const QStringList import{QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13")};
    const QStringList dryRun = import + QStringList{QStringLiteral("--dry-run")};
    const QStringList scores = QStringList{QStringLiteral("scores")} + import;
    // UTF-8 ("Réfugiés"), then a name saved by a Windows spreadsheet ("Café" with 0xE9).
    const QByteArray mixed("projet;administration;budget_annuel;montant_demande\n"
                           "R\xC3\xA9"
                           "fugi\xC3\xA9s;DIAIR;600 000;250 000\n"
                           "Caf\xE9;DINUM;400 000;100 000\n");
    const QString refusal = QStringLiteral(
        "FILE:3: column 4: byte 0xE9 is not UTF-8, while the file elsewhere is UTF-8: save it again as UTF-8");
    QTest::newRow("mixed, --dry-run") << dryRun << mixed << 1 << refusal;
    QTest::newRow("mixed") << import << mixed << 1 << refusal;
    QTest::newRow("mixed with a byte order mark, --dry-run")
        << dryRun << QByteArray("\xEF\xBB\xBFprojet;administration;budget_annuel;montant_demande\nCaf\xE9;DINUM;1;1\n")
        << 1
        << QStringLiteral("FILE:2: column 4: byte 0xE9 is not UTF-8, while the file starts with a UTF-8 byte order "
                          "mark: save it again as UTF-8");
    QTest::newRow("all Windows-1252, --dry-run")
        << dryRun << QByteArray("projet;administration;budget_annuel;montant_demande\nCaf\xE9;DINUM;400 000;100 000\n")
        << 0 << QStringLiteral("FILE: 1 candidate(s) would be imported into FAST13; nothing was written (--dry-run).");
    QTest::newRow("scores, mixed")
        << scores << QByteArray("membre;projet;crit\xC3\xA8re;note\nAlice;Envergo;;d\xE9port\n") << 1
        << QStringLiteral("FILE:2: column 17: byte 0xE9 is not UTF-8, while the file elsewhere is UTF-8: save it "
                          "again as UTF-8");
}

void TestImportCommand::encodings()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, firstLine);

    const QString path = TestSupport::writeFile(m_dir, QStringLiteral("file.csv"), bytes);
    const QStringList before = dump();
    const Run result = run(command + QStringList{path});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, exitCode);
    const QString shown = exitCode == 0 ? result.out : result.err;
    QCOMPARE(shown.section(QLatin1Char('\n'), 0, 0), QString(firstLine).replace(QLatin1String("FILE"), path));
    if (exitCode != 0) {
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err.section(QLatin1Char('\n'), 1, 1),
                 QStringLiteral("1 problem(s): nothing was imported into FAST13."));
    }
    QCOMPARE(dump(), before);
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
