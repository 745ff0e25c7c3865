#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

// Exports through the real executable can never destroy the committee's data: an export aimed at the
// open database, its journals, a link to it, a named pipe or a device exits 1 with the reason on the
// first stderr line and every byte of the database kept; on a full disk (a small tmpfs, as root) the
// export says so and the earlier export stays byte for byte, and the same export succeeds once space
// is back.
class TestExportSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesTheDatabaseFiles_data();
    void refusesTheDatabaseFiles();
    void refusesWhatIsNotAFile_data();
    void refusesWhatIsNotAFile();
    void fullDiskKeepsTheEarlierExport();

private:
    // A fresh copy of the seeded database in its own folder.
    QString freshDatabase(const QString &folder) const;
    static TestSupport::ProcessResult run(const QString &database, const QStringList &arguments);
    static QString firstLine(const QByteArray &standardError);

    QTemporaryDir m_dir;
    QString m_template;
};

namespace {

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256).toHex();
}

QStringList exportArguments(const QString &format, const QString &output)
{
    return {QStringLiteral("export"), format, QStringLiteral("--promotion"), QStringLiteral("13"),
            QStringLiteral("-o"),     output};
}

// Mounts a small tmpfs and unmounts it when it goes, whatever the test's outcome.
class SmallFileSystem
{
public:
    explicit SmallFileSystem(const QString &folder) : m_folder(folder)
    {
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=256k"), QStringLiteral("tmpfs"), folder}) == 0;
    }
    ~SmallFileSystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_folder});
    }
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;
    bool mounted() const { return m_mounted; }

private:
    QString m_folder;
    bool m_mounted = false;
};

// Writes until the file system refuses a byte more; returns whether it ended on a full disk.
bool fill(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size()) {
    }
    // Then byte by byte, so that not even a partial block is left free.
    while (filler.write("f", 1) == 1) {
    }
    return filler.error() == QFileDevice::ResourceError || filler.error() == QFileDevice::WriteError;
}

} // namespace

TestSupport::ProcessResult TestExportSafety::run(const QString &database, const QStringList &arguments)
{
    return TestSupport::runCommittee(QStringList{QStringLiteral("--db"), database} + arguments);
}

QString TestExportSafety::firstLine(const QByteArray &standardError)
{
    return QString::fromUtf8(standardError).section(QLatin1Char('\n'), 0, 0);
}

QString TestExportSafety::freshDatabase(const QString &folder) const
{
    const QString directory = m_dir.filePath(folder);
    if (!QDir().mkpath(directory))
        return QString();
    const QString path = directory + QStringLiteral("/c.sqlite");
    QFile::remove(path);
    if (!QFile::copy(m_template, path))
        return QString();
    return path;
}

void TestExportSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const auto succeeds = [this](const QStringList &arguments) {
        const TestSupport::ProcessResult result = run(m_template, arguments);
        if (result.exitCode != 0)
            qWarning("%s", result.standardError.constData());
        return result.exitCode == 0;
    };
    QVERIFY(
        succeeds({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")}));
    const QString csv = TestSupport::writeFile(m_dir, QStringLiteral("c.csv"),
                                               QByteArrayLiteral("projet;administration;budget_annuel;montant_demande\n"
                                                                 "Envergo;DGALN;400 000;150 000\n"
                                                                 "Mano;DIHAL;300 000;100 000\n"
                                                                 "Aides-territoires;ANCT;600 000;300 000\n"));
    QVERIFY(succeeds({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv}));
    QVERIFY(succeeds({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("13"),
                      QStringLiteral("--candidate"), QStringLiteral("Envergo"), QStringLiteral("--decision"),
                      QStringLiteral("laureate")}));
    QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal")));
}

void TestExportSafety::refusesTheDatabaseFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("target"); // "db", "db-wal", "db-shm", "symlink", "hardlink"

    for (const char *format : {"csv", "pdf", "xlsx"}) {
        for (const char *target : {"db", "db-wal", "db-shm", "db-journal", "symlink", "hardlink"}) {
            QTest::addRow("%s %s", format, target) << QString::fromLatin1(format) << QString::fromLatin1(target);
        }
    }
}

void TestExportSafety::refusesTheDatabaseFiles()
{
    QFETCH(QString, format);
    QFETCH(QString, target);

    const QString database = freshDatabase(format + QLatin1Char('-') + target);
    QVERIFY(!database.isEmpty());
    QString output = database;
    if (target.startsWith(QLatin1String("db-")))
        output = database + target.mid(2);
    if (target == QLatin1String("symlink") || target == QLatin1String("hardlink")) {
        output = QFileInfo(database).absolutePath() + QStringLiteral("/export.") + format;
        const QByteArray from = QFile::encodeName(database);
        const QByteArray to = QFile::encodeName(output);
        QCOMPARE(target == QLatin1String("symlink") ? ::symlink(from.constData(), to.constData())
                                                    : ::link(from.constData(), to.constData()),
                 0);
    }
    const QByteArray before = sha256(database);

    const TestSupport::ProcessResult result = run(database, exportArguments(format, output));
    QCOMPARE(result.exitCode, 1);
    const QString expected =
        target.startsWith(QLatin1String("db-"))
            ? QStringLiteral("Cannot write %1: it is a journal of the database in use (%2); choose another file.")
                  .arg(output, database)
            : QStringLiteral("Cannot write %1: it is the database in use; choose another file.").arg(output);
    QCOMPARE(firstLine(result.standardError), expected);
    QCOMPARE(result.standardOutput, QByteArray());

    QCOMPARE(sha256(database), before);
    // Nothing was written beside it either: the journals SQLite removes on closing are gone.
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(database + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(database + QStringLiteral("-journal")));
    const TestSupport::ProcessResult summary = run(database, {QStringLiteral("summary")});
    QCOMPARE(summary.exitCode, 0);
    QVERIFY2(summary.standardOutput.contains("FAST13"), summary.standardOutput.constData());
}

void TestExportSafety::refusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("device"); // a character device (as /dev/null) instead of a named pipe
    for (const char *format : {"csv", "pdf", "xlsx"}) {
        QTest::addRow("%s pipe", format) << QString::fromLatin1(format) << false;
        QTest::addRow("%s device", format) << QString::fromLatin1(format) << true;
    }
}

void TestExportSafety::refusesWhatIsNotAFile()
{
    QFETCH(QString, format);
    QFETCH(bool, device);
    if (device && ::geteuid() != 0)
        FAST_SKIP_OUTSIDE_CI(QStringLiteral("Making a device node needs root (mknod); CI runs as root."));
    const QString database = freshDatabase(QStringLiteral("node-%1-%2").arg(format).arg(device));
    QVERIFY(!database.isEmpty());
    const QString node = QFileInfo(database).absolutePath() + QStringLiteral("/export.") + format;
    const QByteArray encoded = QFile::encodeName(node);
    if (device) {
        if (::mknod(encoded.constData(), S_IFCHR | 0600, makedev(1, 3)) != 0)
            FAST_SKIP_OUTSIDE_CI(QStringLiteral("mknod is refused here: the device case cannot be checked."));
    } else {
        QCOMPARE(::mkfifo(encoded.constData(), 0600), 0);
    }

    const TestSupport::ProcessResult result = run(database, exportArguments(format, node));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(firstLine(result.standardError),
             (device ? QStringLiteral("Cannot write %1: it is a device, not a regular file.")
                     : QStringLiteral("Cannot write %1: it is a named pipe, not a regular file."))
                 .arg(node));
    // Still what it was, not a regular file holding the export.
    struct stat status = {};
    QCOMPARE(::lstat(encoded.constData(), &status), 0);
    QVERIFY(device ? S_ISCHR(status.st_mode) : S_ISFIFO(status.st_mode));
}

void TestExportSafety::fullDiskKeepsTheEarlierExport()
{
    if (::geteuid() != 0)
        FAST_SKIP_OUTSIDE_CI(QStringLiteral("Mounting a small tmpfs needs root; CI runs as root."));
    // The database stays outside the small file system: only the exports fill it.
    const QString database = freshDatabase(QStringLiteral("full-disk"));
    QVERIFY(!database.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(folder));
    const SmallFileSystem small(folder);
    if (!small.mounted())
        FAST_SKIP_OUTSIDE_CI(
            QStringLiteral("mount -t tmpfs is refused here (no CAP_SYS_ADMIN?): the full disk cannot be simulated."));

    const QString csv = folder + QStringLiteral("/candidatures.csv");
    const QString pdf = folder + QStringLiteral("/laureats.pdf");
    const QString xlsx = folder + QStringLiteral("/FAST13.xlsx");
    for (const QString &output : {csv, pdf, xlsx}) {
        const TestSupport::ProcessResult result = run(database, exportArguments(QFileInfo(output).suffix(), output));
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
    }
    const QByteArray csvBefore = TestSupport::readFile(csv);
    const QByteArray pdfBefore = TestSupport::readFile(pdf);
    const QByteArray xlsxBefore = TestSupport::readFile(xlsx);
    QVERIFY(xlsxBefore.startsWith("PK\x03\x04"));
    QVERIFY(csvBefore.startsWith("\xEF\xBB\xBFprojet;"));
    QVERIFY(csvBefore.contains("Envergo"));
    QVERIFY(pdfBefore.startsWith("%PDF-"));
    QVERIFY(pdfBefore.trimmed().endsWith("%%EOF"));

    const QString filler = folder + QStringLiteral("/filler");
    QVERIFY(fill(filler));
    const QStringList listing = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &output : {csv, pdf, xlsx}) {
        const TestSupport::ProcessResult result = run(database, exportArguments(QFileInfo(output).suffix(), output));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(firstLine(result.standardError),
                 QStringLiteral("Cannot write %1: the disk is full; the previous file was kept.").arg(output));
    }
    QCOMPARE(TestSupport::readFile(csv), csvBefore);
    QCOMPARE(TestSupport::readFile(pdf), pdfBefore);
    QCOMPARE(TestSupport::readFile(xlsx), xlsxBefore);
    // No half-written temporary file left behind.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name), listing);

    QVERIFY(QFile::remove(filler));
    for (const QString &output : {csv, pdf, xlsx}) {
        const TestSupport::ProcessResult result = run(database, exportArguments(QFileInfo(output).suffix(), output));
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
    }
    QCOMPARE(TestSupport::readFile(csv), csvBefore);
    const QByteArray pdfAfter = TestSupport::readFile(pdf);
    QVERIFY(pdfAfter.startsWith("%PDF-"));
    QVERIFY(pdfAfter.trimmed().endsWith("%%EOF"));
    QVERIFY(pdfAfter.size() > 1000);
    QVERIFY(TestSupport::readFile(xlsx).startsWith("PK\x03\x04"));
    QCOMPARE(run(database, {QStringLiteral("summary")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
