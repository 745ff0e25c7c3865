#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// The bad-input corpus (tests/data/corpus, written by make_corpus.py): every malformed candidate or score
// file is refused by `import` / `scores import` with exit 1, a first stderr line located the way the
// manifest says (FILE:LINE: column: ...), and a database whose every row is the same afterwards; every
// malformed amount is refused by `promotion add --envelope` with exit 2 and the Money message.
class TestBadInputCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsComplete();
    void refusedFile_data();
    void refusedFile();
    void refusedAmount_data();
    void refusedAmount();

private:
    using Run = TestSupport::CommandLineRun;
    Run run(const QStringList &arguments) const { return TestSupport::runCommandLine(m_database, arguments); }
    // Every row of every table, in a stable order, as text: equal dumps mean an unchanged database.
    QStringList dump() const;
    static QJsonArray readJson(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

namespace {

const QString corpusDir = QStringLiteral(FAST_TEST_DATA_DIR "/corpus");

} // namespace

QStringList TestBadInputCorpus::dump() const
{
    if (Database::isServerAddress(m_database))
        return TestSupport::dumpServer(m_database).split(QLatin1Char('\n'));
    QStringList rows;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("corpus-dump"));
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
            if (!query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
                query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (query.next()) {
                QStringList values{table};
                for (int column = 0; column < query.record().count(); ++column)
                    values.append(query.value(column).isNull() ? QStringLiteral("NULL")
                                                               : query.value(column).toString());
                rows.append(values.join(QLatin1Char('|')));
            }
        }
        QSqlQuery version(database);
        version.exec(QStringLiteral("PRAGMA user_version"));
        if (version.next())
            rows.append(QStringLiteral("user_version|") + version.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("corpus-dump"));
    return rows;
}

QJsonArray TestBadInputCorpus::readJson(const QString &name)
{
    QFile file(corpusDir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

void TestBadInputCorpus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")})
                 .exitCode,
             0);
    const QString setup =
        TestSupport::writeFile(m_dir, QStringLiteral("setup.csv"),
                               QByteArrayLiteral("projet;administration;budget_annuel;montant_demande\n"
                                                 "Envergo;DGALN;400 000;150 000\n"
                                                 "DossierFacile;DINUM;400 000;250 000\n"));
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), setup});
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.exitCode, 0);
    const Run members = run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--promotion"),
                             QStringLiteral("13"), QStringLiteral("Alice"), QStringLiteral("Bruno")});
    QCOMPARE(members.err, QString());
    QCOMPARE(members.exitCode, 0);
    const Run scored =
        run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"),
             TestSupport::writeFile(m_dir, QStringLiteral("scores.csv"),
                                    QByteArrayLiteral("membre;projet;critere;note\n"
                                                      "Bruno;Envergo;Impact potentiel;3\n"))});
    QCOMPARE(scored.err, QString());
    QCOMPARE(scored.exitCode, 0);
}

void TestBadInputCorpus::corpusIsComplete()
{
    // The issue asks for at least 150 files and 40 amounts; every file listed exists and nothing is unlisted.
    const QJsonArray manifest = readJson(QStringLiteral("manifest.json"));
    QVERIFY2(manifest.size() >= 150, qPrintable(QString::number(manifest.size())));
    QVERIFY(readJson(QStringLiteral("amounts.json")).size() >= 40);
    QStringList listed;
    for (const QJsonValue &entry : manifest)
        listed.append(entry.toObject().value(QStringLiteral("file")).toString());
    QStringList onDisk;
    for (const QString &folder : {QStringLiteral("candidates"), QStringLiteral("scores")}) {
        const QStringList files = QDir(corpusDir + QLatin1Char('/') + folder).entryList(QDir::Files, QDir::Name);
        for (const QString &file : files)
            onDisk.append(folder + QLatin1Char('/') + file);
    }
    listed.sort();
    QCOMPARE(listed, onDisk);
}

void TestBadInputCorpus::refusedFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("substring");
    for (const QJsonValue &value : readJson(QStringLiteral("manifest.json"))) {
        const QJsonObject entry = value.toObject();
        const QString file = entry.value(QStringLiteral("file")).toString();
        QTest::newRow(qPrintable(file)) << entry.value(QStringLiteral("command")).toString() << file
                                        << entry.value(QStringLiteral("location")).toString()
                                        << entry.value(QStringLiteral("substring")).toString();
    }
}

void TestBadInputCorpus::refusedFile()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QString, location);
    QFETCH(QString, substring);

    const QString path = corpusDir + QLatin1Char('/') + file;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QStringList before = dump();
    QVERIFY(before.size() > 10);
    QStringList arguments{QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), path};
    if (command == QLatin1String("scores"))
        arguments.prepend(QStringLiteral("scores"));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    const QString first = lines.constFirst();
    const QString located = path + location;
    QVERIFY2(first.startsWith(located), qPrintable(first.left(400)));
    QVERIFY2(first.mid(located.size()).contains(substring), qPrintable(first.left(400)));
    QVERIFY2(lines.constLast().endsWith(QStringLiteral("problem(s): nothing was imported into FAST13.")),
             qPrintable(lines.constLast().left(400)));
    // Every problem line is located in the same file.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(path + QLatin1Char(':')), qPrintable(lines.at(i).left(400)));
    QCOMPARE(dump(), before);
}

void TestBadInputCorpus::refusedAmount_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("substring");
    int index = 0;
    for (const QJsonValue &value : readJson(QStringLiteral("amounts.json"))) {
        const QJsonObject entry = value.toObject();
        const QString amount = entry.value(QStringLiteral("amount")).toString();
        QTest::addRow("%d: %s", ++index, qPrintable(amount.left(30)))
            << amount << entry.value(QStringLiteral("substring")).toString();
    }
}

void TestBadInputCorpus::refusedAmount()
{
    QFETCH(QString, amount);
    QFETCH(QString, substring);

    const QStringList before = dump();
    const Run result = run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("14"),
                            QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--envelope"), amount});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    const QString first = result.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(first.startsWith(QStringLiteral("--envelope: The amount")), qPrintable(first.left(300)));
    QVERIFY2(first.contains(substring), qPrintable(first.left(300)));
    QCOMPARE(dump(), before);
}

QTEST_GUILESS_MAIN(TestBadInputCorpus)
#include "tst_badinputcorpus.moc"
