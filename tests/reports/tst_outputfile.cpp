#include "TestSupport.h"
#include "reports/OutputFile.h"
#include "storage/Database.h"
#include "storage/OpenDatabaseFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

// The one function that writes the application's outputs: a new file is written, an existing one
// replaced; the open database, its journals and anything that is not a regular file are refused with
// every byte kept; a write that fails keeps the previous file byte for byte and says why.
class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void writesANewFile();
    void replacesAnExistingFile();
    void refusesTheOpenDatabase_data();
    void refusesTheOpenDatabase();
    void refusesJournalsNotCreatedYet_data();
    void refusesJournalsNotCreatedYet();
    void databaseIsRefusedOnlyWhileOpen();
    void refusesAFolder();
    void refusesANamedPipe();
    void refusesADeviceNode();
    void refusesALinkToNothing();
    void failingWriteKeepsThePreviousFile();
    void failingWriteOfANewFileLeavesNothing();
    void missingFolderIsNamed();
    void reasons_data();
    void reasons();

private:
    static QByteArray sha256(const QString &path);
    // The files in the temporary folder, hidden ones included (QSaveFile's leftovers would show).
    QStringList listing() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_databasePath;
};

QByteArray TestOutputFile::sha256(const QString &path)
{
    return QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256).toHex();
}

QStringList TestOutputFile::listing() const
{
    return QDir(m_dir->path())
        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

void TestOutputFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_databasePath = m_dir->filePath(QStringLiteral("committee.sqlite"));
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_databasePath);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestOutputFile::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestOutputFile::writesANewFile()
{
    const QString path = m_dir->filePath(QStringLiteral("FAST13 candidatures.csv"));
    const Outcome written = OutputFile::write(path, QByteArrayLiteral("projet;administration\r\n"));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(TestSupport::readFile(path), QByteArrayLiteral("projet;administration\r\n"));
}

void TestOutputFile::replacesAnExistingFile()
{
    const QString path = TestSupport::writeFile(*m_dir, QStringLiteral("laureats.pdf"), QByteArray(5000, 'x'));
    const QStringList before = listing();
    const Outcome written = OutputFile::write(path, QByteArrayLiteral("%PDF-1.4 new"));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(TestSupport::readFile(path), QByteArrayLiteral("%PDF-1.4 new"));
    // No temporary file left beside it.
    QCOMPARE(listing(), before);
}

void TestOutputFile::refusesTheOpenDatabase_data()
{
    QTest::addColumn<QString>("target"); // the file written, in the temporary folder
    QTest::addColumn<QString>("linkTo"); // when set, target is made a link to this file first
    QTest::addColumn<bool>("hardLink");
    QTest::addColumn<QString>("journal"); // empty: the database itself; else the journal's suffix

    const QString database = QStringLiteral("committee.sqlite");
    QTest::newRow("database") << database << QString() << false << QString();
    QTest::newRow("wal") << QStringLiteral("committee.sqlite-wal") << QString() << false << QStringLiteral("-wal");
    QTest::newRow("shm") << QStringLiteral("committee.sqlite-shm") << QString() << false << QStringLiteral("-shm");
    QTest::newRow("other spelling") << QStringLiteral("./sub/../committee.sqlite") << QString() << false << QString();
    QTest::newRow("symbolic link") << QStringLiteral("export.csv") << database << false << QString();
    QTest::newRow("hard link") << QStringLiteral("export.csv") << database << true << QString();
    QTest::newRow("symbolic link to wal")
        << QStringLiteral("export.pdf") << QStringLiteral("committee.sqlite-wal") << false << QStringLiteral("-wal");
    QTest::newRow("hard link to shm") << QStringLiteral("export.pdf") << QStringLiteral("committee.sqlite-shm") << true
                                      << QStringLiteral("-shm");
}

void TestOutputFile::refusesTheOpenDatabase()
{
    QFETCH(QString, target);
    QFETCH(QString, linkTo);
    QFETCH(bool, hardLink);
    QFETCH(QString, journal);

    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    // An open WAL database has both journals on disk.
    QVERIFY(QFileInfo(m_databasePath + QStringLiteral("-wal")).isFile());
    QVERIFY(QFileInfo(m_databasePath + QStringLiteral("-shm")).isFile());
    const QString path = m_dir->filePath(target);
    if (!linkTo.isEmpty()) {
        const QByteArray from = QFile::encodeName(m_dir->filePath(linkTo));
        const QByteArray to = QFile::encodeName(path);
        QCOMPARE(hardLink ? ::link(from.constData(), to.constData()) : ::symlink(from.constData(), to.constData()), 0);
    }
    const QStringList files{m_databasePath, m_databasePath + QStringLiteral("-wal"),
                            m_databasePath + QStringLiteral("-shm")};
    QList<QByteArray> hashes;
    for (const QString &file : files)
        hashes.append(sha256(file));

    const Outcome written = OutputFile::write(path, QByteArrayLiteral("projet;administration\r\n"));
    QVERIFY(!written.ok());
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (journal.isEmpty())
        QCOMPARE(written.error(),
                 QStringLiteral("Cannot write %1: it is the database in use; choose another file.").arg(shown));
    else
        QCOMPARE(written.error(),
                 QStringLiteral("Cannot write %1: it is a journal of the database in use (%2); choose another file.")
                     .arg(shown, m_databasePath));
    QCOMPARE(OutputFile::checkTarget(path).error(), written.error());
    for (qsizetype i = 0; i < files.size(); ++i)
        QCOMPARE(sha256(files.at(i)), hashes.at(i));
    if (!linkTo.isEmpty())
        QCOMPARE(QFileInfo(path).isSymLink(), !hardLink);
    QVERIFY(m_database->schemaVersion().ok());
}

void TestOutputFile::refusesJournalsNotCreatedYet_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");

    const QString journal =
        QStringLiteral("Cannot write %1: it is a journal of the database in use (%2); choose another file.");
    // An open WAL database has no rollback journal on disk; a database in rollback mode has no -wal.
    QTest::newRow("journal of the WAL database") << QStringLiteral("committee.sqlite-journal") << journal;
    QTest::newRow("wal of the rollback database") << QStringLiteral("rollback.sqlite-wal") << journal;
    QTest::newRow("shm of the rollback database") << QStringLiteral("rollback.sqlite-shm") << journal;
    QTest::newRow("other spelling") << QStringLiteral("sub/../rollback.sqlite-wal") << journal;
}

void TestOutputFile::refusesJournalsNotCreatedYet()
{
    QFETCH(QString, target);
    QFETCH(QString, message);

    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    // A database opened in rollback mode (by another build, say): only the file itself is on disk.
    const QString rollback = TestSupport::writeFile(*m_dir, QStringLiteral("rollback.sqlite"), QByteArray(4096, 'r'));
    OpenDatabaseFiles::add(rollback);
    const QString path = m_dir->filePath(target);
    QVERIFY(!QFileInfo::exists(path));
    const Outcome written = OutputFile::write(path, QByteArrayLiteral("x"));
    OpenDatabaseFiles::remove(rollback);

    QVERIFY(!written.ok());
    const QString database = target.startsWith(QLatin1String("committee")) ? m_databasePath : rollback;
    QCOMPARE(written.error(), message.arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), database));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(TestSupport::readFile(rollback), QByteArray(4096, 'r'));
    // Once that database is closed, the same name is an ordinary new file.
    if (database == rollback) {
        const Outcome later = OutputFile::write(path, QByteArrayLiteral("x"));
        QVERIFY2(later.ok(), qPrintable(later.error()));
    }
}

void TestOutputFile::databaseIsRefusedOnlyWhileOpen()
{
    // Database::open registers the file and Database::close forgets it: the wiring no caller can forget.
    QVERIFY(OpenDatabaseFiles::paths().contains(m_databasePath));
    QVERIFY(!OutputFile::checkTarget(m_databasePath).ok());
    Database second;
    QVERIFY(second.open(m_databasePath).ok());
    second.close();
    // Still open through the first object.
    QVERIFY(!OutputFile::checkTarget(m_databasePath).ok());
    m_database->close();
    QVERIFY(!OpenDatabaseFiles::paths().contains(m_databasePath));
    const Outcome allowed = OutputFile::checkTarget(m_databasePath);
    QVERIFY2(allowed.ok(), qPrintable(allowed.error()));
}

void TestOutputFile::refusesAFolder()
{
    const QString path = m_dir->filePath(QStringLiteral("exports.csv"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("exports.csv")));
    const Outcome written = OutputFile::write(path, QByteArrayLiteral("x"));
    QCOMPARE(written.error(), QStringLiteral("Cannot write %1: it is a folder, not a file.").arg(path));
    QVERIFY(QFileInfo(path).isDir());
}

void TestOutputFile::refusesANamedPipe()
{
    const QString path = m_dir->filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    // Opening a pipe for writing would block until a reader came: the refusal must come before any open.
    const Outcome written = OutputFile::write(path, QByteArrayLiteral("x"));
    QCOMPARE(written.error(), QStringLiteral("Cannot write %1: it is a named pipe, not a regular file.").arg(path));
    struct stat status = {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
}

void TestOutputFile::refusesADeviceNode()
{
    if (::geteuid() != 0)
        FAST_SKIP_OUTSIDE_CI(QStringLiteral("Making a device node needs root (mknod); CI runs as root."));
    const QString path = m_dir->filePath(QStringLiteral("null.pdf"));
    // The same device as /dev/null, made in the temporary folder.
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0600, makedev(1, 3)) != 0)
        FAST_SKIP_OUTSIDE_CI((QStringLiteral("mknod is refused here (%1): the device case cannot be checked.")
                                  .arg(qt_error_string(errno))));
    const Outcome written = OutputFile::write(path, QByteArrayLiteral("%PDF-1.4"));
    QCOMPARE(written.error(), QStringLiteral("Cannot write %1: it is a device, not a regular file.").arg(path));
    struct stat status = {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
    QCOMPARE(status.st_rdev, makedev(1, 3));
}

void TestOutputFile::refusesALinkToNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    QCOMPARE(::symlink(QFile::encodeName(m_dir->filePath(QStringLiteral("nowhere/x.csv"))).constData(),
                       QFile::encodeName(path).constData()),
             0);
    const Outcome written = OutputFile::write(path, QByteArrayLiteral("x"));
    QCOMPARE(written.error(), QStringLiteral("Cannot write %1: it is a link to a file that does not exist.").arg(path));
}

namespace {

// Limits the size of any file this process writes (RLIMIT_FSIZE), so that a write fails half-way as on a
// full disk, without root; restored on destruction. SIGXFSZ is caught (and nothing done) so that the
// write fails with EFBIG instead of the signal ending the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        m_previousHandler = std::signal(SIGXFSZ, [](int) {});
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_previous = {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

void TestOutputFile::failingWriteKeepsThePreviousFile()
{
    const QByteArray previous = QByteArrayLiteral("projet;administration\r\nEnvergo;DGALN\r\n");
    const QString path = TestSupport::writeFile(*m_dir, QStringLiteral("candidatures.csv"), previous);
    const QStringList before = listing();
    Outcome written = Outcome::success();
    {
        const FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.ok());
        written = OutputFile::write(path, QByteArray(1024 * 1024, 'n'));
    }
    QCOMPARE(written.error(),
             QStringLiteral("Cannot write %1: the file is too large for this system; the previous file was kept.")
                 .arg(path));
    QCOMPARE(TestSupport::readFile(path), previous);
    QCOMPARE(listing(), before);
}

void TestOutputFile::failingWriteOfANewFileLeavesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("laureats.pdf"));
    const QStringList before = listing();
    Outcome written = Outcome::success();
    {
        const FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.ok());
        written = OutputFile::write(path, QByteArray(1024 * 1024, 'n'));
    }
    QCOMPARE(written.error(), QStringLiteral("Cannot write %1: the file is too large for this system.").arg(path));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(listing(), before);
}

void TestOutputFile::missingFolderIsNamed()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/laureats.pdf"));
    const Outcome written = OutputFile::write(path, QByteArrayLiteral("x"));
    QVERIFY2(written.error().startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing"))));
}

void TestOutputFile::reasons_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ENOSPC") << int(ENOSPC) << QStringLiteral("the disk is full");
    QTest::newRow("EDQUOT") << int(EDQUOT) << QStringLiteral("the disk is full");
    QTest::newRow("EACCES") << int(EACCES) << QStringLiteral("permission denied");
    QTest::newRow("EPERM") << int(EPERM) << QStringLiteral("permission denied");
    QTest::newRow("EROFS") << int(EROFS) << QStringLiteral("the file system is read-only");
    QTest::newRow("EIO") << int(EIO) << QStringLiteral("input/output error");
    QTest::newRow("EFBIG") << int(EFBIG) << QStringLiteral("the file is too large for this system");
    QTest::newRow("other") << int(ENOENT) << QStringLiteral("Qt's own words");
    QTest::newRow("none") << 0 << QStringLiteral("Qt's own words");
}

void TestOutputFile::reasons()
{
    QFETCH(int, error);
    QFETCH(QString, reason);
    QCOMPARE(OutputFile::reason(error, QStringLiteral("Qt's own words")), reason);
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
