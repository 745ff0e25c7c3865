#include "reports/CsvFile.h"
#include "reports/CsvReader.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstring>
#include <future>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

// The limits on what an import reads (CsvLimits), as CsvReader and CsvFile enforce them: the row limit
// while parsing, the size limit and the refusal of anything but a regular file before any byte is read,
// and a bounded read for a file whose size says nothing.
class TestCsvLimits : public QObject
{
    Q_OBJECT

private slots:
    void defaultLimits();
    void rowLimit_data();
    void rowLimit();
    void rowLimitDefault();
    void refusedBeforeReading_data();
    void refusedBeforeReading();
    void sizeLimit_data();
    void sizeLimit();
    void boundedRead();
    void socketRefused();
    void describeSize();
};

void TestCsvLimits::defaultLimits()
{
    const CsvLimits limits;
    QCOMPARE(limits.maxBytes, qint64(67108864));
    QCOMPARE(limits.maxRecords, 1000000);
}

void TestCsvLimits::rowLimit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QString over = QStringLiteral(": the file holds more than 3 rows, the limit: split it into smaller files");
    QTest::newRow("at the limit") << QByteArray("a;b\n1;2\n3;4\n") << QString();
    QTest::newRow("blank lines are no rows") << QByteArray("a;b\n\n1;2\n\n\n3;4\n\n") << QString();
    QTest::newRow("one over") << QByteArray("a;b\n1;2\n3;4\n5;6\n") << QStringLiteral("t.csv:4") + over;
    QTest::newRow("located on the row's first line")
        << QByteArray("a;b\n\"1\n1\";2\n3;4\n\n5;6\n") << QStringLiteral("t.csv:6") + over;
    // Parsing stops at the limit: the broken quote after it is never reached.
    QTest::newRow("nothing past the limit is read")
        << QByteArray("a;b\n1;2\n3;4\n5;6\n\"never closed\n") << QStringLiteral("t.csv:4") + over;
}

void TestCsvLimits::rowLimit()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    CsvLimits limits;
    limits.maxRecords = 3;
    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("t.csv"), nullptr, limits);
    if (error.isEmpty()) {
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.value().records.size(), 3);
    } else {
        QVERIFY(!table.ok());
        QCOMPARE(table.error(), error);
    }
}

void TestCsvLimits::rowLimitDefault()
{
    // 1 000 001 one-character rows: the default limit itself, without a parameter.
    const QByteArray bytes = QByteArray("n\n").repeated(1000001);
    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("t.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), QStringLiteral("t.csv:1000001: the file holds more than 1000000 rows, the limit: split it "
                                           "into smaller files"));
    QVERIFY(CsvReader::parse(bytes.left(bytes.size() - 2), QStringLiteral("t.csv")).ok());
}

void TestCsvLimits::refusedBeforeReading_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");

    const QString notRegular = QStringLiteral("not a regular file but %1: give the path of a CSV file saved on a disk");
    // Sparse: 64 MiB of nothing on the disk, which would read as "not a text file" if it were read.
    QTest::newRow("64 MiB and one byte") << QStringLiteral("big")
                                         << QStringLiteral(
                                                "the file is 67108865 bytes, more than the limit of 64 MiB: split it "
                                                "into smaller files");
    QTest::newRow("named pipe") << QStringLiteral("fifo") << notRegular.arg(QStringLiteral("a named pipe"));
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << notRegular.arg(QStringLiteral("a character device"));
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << notRegular.arg(QStringLiteral("a character device"));
    QTest::newRow("folder") << QStringLiteral("folder") << notRegular.arg(QStringLiteral("a folder"));
}

void TestCsvLimits::refusedBeforeReading()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = kind;
    if (kind == QLatin1String("big")) {
        path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(64) * 1024 * 1024 + 1));
    } else if (kind == QLatin1String("fifo")) {
        path = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("folder")) {
        path = dir.filePath(QStringLiteral("folder.csv"));
        QVERIFY(QDir().mkdir(path));
    }

    // On a thread, so that a read that blocks (a pipe nobody writes to) fails the test instead of hanging it.
    QElapsedTimer timer;
    timer.start();
    std::future<Result<CsvTable>> reading =
        std::async(std::launch::async, [path] { return CsvReader::readFile(path); });
    if (reading.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
        if (kind == QLatin1String("fifo")) { // a writer that closes at once lets the blocked reader go
            const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
            if (writer >= 0)
                ::close(writer);
        }
        reading.wait();
        QFAIL("the read blocked");
    }
    const Result<CsvTable> table = reading.get();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), path + QStringLiteral(": ") + reason);
}

void TestCsvLimits::sizeLimit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("at the limit") << QByteArray("a;b\n1;2\n34") << QString();
    QTest::newRow("one byte over")
        << QByteArray("a;b\n1;2\n345")
        << QStringLiteral("the file is 11 bytes, more than the limit of 10 bytes: split it into smaller files");
}

void TestCsvLimits::sizeLimit()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    CsvLimits limits;
    limits.maxBytes = 10;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::writeFile(dir, QStringLiteral("t.csv"), bytes);
    // Through the file, refused on its size; and on bytes already in memory, refused all the same.
    const Result<CsvTable> read = CsvReader::readFile(path, nullptr, limits);
    const Result<CsvTable> parsed = CsvReader::parse(bytes, QStringLiteral("t.csv"), nullptr, limits);
    if (reason.isEmpty()) {
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().records.size(), 3);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    } else {
        QVERIFY(!read.ok());
        QCOMPARE(read.error(), path + QStringLiteral(": ") + reason);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), QStringLiteral("t.csv: ") + reason);
    }
}

void TestCsvLimits::boundedRead()
{
    // A file of /proc says 0 bytes and holds more: the read itself stops one byte past the limit, as
    // it would for a file that grows while it is read.
    const QString path = QStringLiteral("/proc/self/status");
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(qint64(status.st_size), qint64(0));
    const Result<QByteArray> cut = CsvFile::read(path, 100);
    QVERIFY(!cut.ok());
    QCOMPARE(
        cut.error(),
        QStringLiteral("the file grew past the limit of 100 bytes while it was read: split it into smaller files"));
    const Result<QByteArray> whole = CsvFile::read(path, 1024 * 1024);
    QVERIFY2(whole.ok(), qPrintable(whole.error()));
    QVERIFY2(whole.value().startsWith("Name:"), whole.value().left(40).constData());
    QVERIFY(whole.value().size() > 100);
}

void TestCsvLimits::socketRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("s.csv")));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address));
    const Result<CsvTable> table = CsvReader::readFile(QFile::decodeName(path));
    ::close(fd);
    QCOMPARE(bound, 0);
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), QFile::decodeName(path) + QStringLiteral(": not a regular file but a socket: give the "
                                                                     "path of a CSV file saved on a disk"));
}

void TestCsvLimits::describeSize()
{
    QCOMPARE(CsvFile::describeSize(qint64(64) * 1024 * 1024), QStringLiteral("64 MiB"));
    QCOMPARE(CsvFile::describeSize(1024 * 1024 + 1), QStringLiteral("1048577 bytes"));
    QCOMPARE(CsvFile::describeSize(10), QStringLiteral("10 bytes"));
}

QTEST_GUILESS_MAIN(TestCsvLimits)
#include "tst_csvlimits.moc"
