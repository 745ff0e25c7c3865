#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// A full disk under the real executable: the database lives on a small tmpfs, seeded, then a filler file
// leaves only a little room and an import of 300 candidates, a decision and an applied proposal are run.
// Each must exit 1 with "the disk is full" as the first line of its stderr (not "damaged", not a Qt driver
// text). Once the filler is gone the file opens, every table holds what it held before, PRAGMA
// integrity_check says ok, and the same import and decision succeed. Mounting needs root (CI runs as root);
// elsewhere the suite is skipped and says why.
class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullDiskLosesNothing_data();
    void fullDiskLosesNothing();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QString firstErrorLine() const { return err.section(QLatin1Char('\n'), 0, 0); }
    };
    Run run(const QStringList &arguments) const;
    // The database's tables as a new connection in this process reads them (TestSupport::dumpTables).
    QString dump(QString *integrity = nullptr) const;
    // Fills the tmpfs with a filler file, then gives back `leave` bytes of it.
    void fill(qint64 leave);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mountPoint;
    bool m_mounted = false;
    QString m_database;
    QString m_filler;
};

void TestDiskFull::init()
{
    if (geteuid() != 0)
        FAST_SKIP_OUTSIDE_CI(QStringLiteral(
            "mounting a small tmpfs needs root; run this suite as root (CI does) to fill a disk for real"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_mountPoint = m_dir->filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(m_mountPoint));
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=4m"), QStringLiteral("tmpfs"), m_mountPoint});
    if (!mount.waitForFinished(30000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        FAST_SKIP_OUTSIDE_CI((QStringLiteral("mount refused a tmpfs (a container without CAP_SYS_ADMIN?): %1")
                                  .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
    m_mounted = true;
    m_database = m_mountPoint + QStringLiteral("/committee.sqlite");
    m_filler = m_mountPoint + QStringLiteral("/filler");
}

void TestDiskFull::cleanup()
{
    if (m_mounted) {
        // Lazy: unmounted even when a process of the test still holds a file on it.
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mountPoint});
        m_mounted = false;
    }
    m_dir.reset();
}

TestDiskFull::Run TestDiskFull::run(const QStringList &arguments) const
{
    const TestSupport::ProcessResult result = TestSupport::runCommittee(
        QStringList{QStringLiteral("--operator"), QStringLiteral("Secrétariat"), QStringLiteral("--db"), m_database} +
        arguments);
    return {result.exitCode, QString::fromUtf8(result.standardOutput), QString::fromUtf8(result.standardError)};
}

QString TestDiskFull::dump(QString *integrity) const
{
    const QString name = QStringLiteral("diskfull-dump");
    QString tables;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(m_database);
        if (!database.open())
            tables = QStringLiteral("cannot open");
        else
            tables = TestSupport::dumpTables(database);
        if (integrity)
            *integrity = TestSupport::integrityCheck(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

void TestDiskFull::fill(qint64 leave)
{
    QFile filler(m_filler);
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size()) {
    }
    // A last partial block may have gone in: the disk is now full to the byte.
    const qint64 full = filler.size();
    filler.close();
    QVERIFY(full > 0);
    QVERIFY(QFile::resize(m_filler, full - leave));
    const qint64 available = QStorageInfo(m_mountPoint).bytesAvailable();
    QVERIFY2(available >= leave - 4096 && available <= leave + 4096,
             qPrintable(QStringLiteral("%1 bytes available, %2 wanted").arg(available).arg(leave)));
}

void TestDiskFull::fullDiskLosesNothing_data()
{
    QTest::addColumn<qint64>("leave");
    // Too little for SQLite's 32 KiB of shared memory: the database cannot even be read.
    QTest::newRow("8 KiB left") << qint64(8 * 1024);
    // The shared memory fits, the write-ahead log does not: the write itself fails.
    QTest::newRow("40 KiB left") << qint64(40 * 1024);
}

void TestDiskFull::fullDiskLosesNothing()
{
    QFETCH(qint64, leave);

    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--year"),
                  QStringLiteral("2025"), QStringLiteral("--envelope"), QStringLiteral("300 000")})
                 .exitCode,
             0);
    const QString seedCsv = TestSupport::writeFile(*m_dir, QStringLiteral("candidats.csv"),
                                                   QByteArray("projet;administration;budget_annuel;montant_demande\n"
                                                              "Alpha;DGALN;400 000;100 000\n"
                                                              "B\xc3\xaata;DINUM;300 000;200 000\n"
                                                              "Gamma;MTES;1 000 000;400 000\n"));
    const Run seeded = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("1"), seedCsv});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    const Run members = run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--promotion"),
                             QStringLiteral("1"), QStringLiteral("Alice"), QStringLiteral("Bruno")});
    QVERIFY2(members.exitCode == 0, qPrintable(members.err));
    QByteArray notes("membre;projet;critere;note\n");
    const QList<QByteArray> criteria{"Impact potentiel", "Problème public et usagers", "Équipe et portage",
                                     "Trajectoire d'accélération", "Utilisation du cofinancement"};
    for (const QByteArray &member : {QByteArray("Alice"), QByteArray("Bruno")}) {
        int note = 2;
        for (const QByteArray &candidate : {QByteArray("Alpha"), QByteArray("B\xc3\xaata"), QByteArray("Gamma")}) {
            for (const QByteArray &criterion : criteria)
                notes += member + ';' + candidate + ';' + criterion + ';' + QByteArray::number(note) + '\n';
            ++note;
        }
    }
    const QString notesCsv = TestSupport::writeFile(*m_dir, QStringLiteral("notes.csv"), notes);
    const Run scored = run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--promotion"),
                            QStringLiteral("1"), notesCsv});
    QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));

    QByteArray many("projet;administration;budget_annuel;montant_demande\n");
    for (int i = 1; i <= 300; ++i)
        many += "Projet " + QByteArray::number(i) + ";DINUM;" + QByteArray::number(200000 + i) + ";50 000\n";
    const QString manyCsv = TestSupport::writeFile(*m_dir, QStringLiteral("many.csv"), many);

    const QStringList listCandidates{QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("1"),
                                     QStringLiteral("--json")};
    const Run listedBefore = run(listCandidates);
    QCOMPARE(listedBefore.exitCode, 0);
    const QString tablesBefore = dump();
    QVERIFY(tablesBefore.contains(QStringLiteral("Gamma")));

    fill(leave);
    const QStringList importMany{QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("1"), manyCsv};
    const QStringList decide{QStringLiteral("decide"),      QStringLiteral("--promotion"), QStringLiteral("1"),
                             QStringLiteral("--candidate"), QStringLiteral("Gamma"),       QStringLiteral("--decision"),
                             QStringLiteral("rejected")};
    const QStringList propose{QStringLiteral("propose"), QStringLiteral("--promotion"), QStringLiteral("1"),
                              QStringLiteral("--apply")};
    for (const QStringList &arguments : {importMany, decide, propose}) {
        const Run refused = run(arguments);
        const QString what = arguments.constFirst() + QStringLiteral(": ") + refused.err;
        QVERIFY2(refused.exitCode == 1, qPrintable(what));
        QVERIFY2(refused.firstErrorLine().contains(QStringLiteral("The disk is full: free some space and try again; "
                                                                  "nothing was written.")),
                 qPrintable(what));
        QVERIFY2(!refused.err.contains(QStringLiteral("damaged")), qPrintable(what));
        QVERIFY2(!refused.err.contains(QStringLiteral("Unable to")), qPrintable(what));
    }

    QVERIFY(QFile::remove(m_filler));
    const Run summary = run({QStringLiteral("summary")});
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QVERIFY2(!summary.err.contains(QStringLiteral("damaged")), qPrintable(summary.err));
    const Run listedAfter = run(listCandidates);
    QCOMPARE(listedAfter.exitCode, 0);
    QCOMPARE(listedAfter.out, listedBefore.out);
    QString integrity;
    QCOMPARE(dump(&integrity), tablesBefore);
    QCOMPARE(integrity, QStringLiteral("ok"));

    // The same writes now go through.
    const Run imported = run(importMany);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.out, QStringLiteral("%1: 300 candidate(s) imported into FAST1.\n").arg(manyCsv));
    const Run decided = run(decide);
    QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
    QCOMPARE(decided.out, QStringLiteral("Gamma: Not selected.\n"));
    const Run listedLast = run(listCandidates);
    QCOMPARE(QJsonDocument::fromJson(listedLast.out.toUtf8()).array().size(), 303);
    QVERIFY(dump(&integrity) != tablesBefore);
    QCOMPARE(integrity, QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
