#include "TestDatabaseLocation.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// The command line's stderr as cron or sudo see it: without XDG_RUNTIME_DIR Qt warns while it starts,
// and that warning must never stand before the reason of a refusal, nor appear after a success.
class TestQtMessageFilter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void successPrintsNothingOnStderr_data();
    void successPrintsNothingOnStderr();
    void refusalReasonIsTheFirstLine();
    void debugVariableLetsQtSpeak();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // The real executable in an environment without XDG_RUNTIME_DIR, as cron gives it.
    Run run(const QStringList &arguments, bool debug = false) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

TestQtMessageFilter::Run TestQtMessageFilter::run(const QStringList &arguments, bool debug) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    // The platform is the program's own choice for export (offscreen), as in a cron job.
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("FAST_COMMITTEE_DEBUG"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("FAST_COMMITTEE_DB"), m_database);
    if (debug)
        environment.insert(QStringLiteral("FAST_COMMITTEE_DEBUG"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FAST_COMMITTEE_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestQtMessageFilter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    const Run added =
        run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
             QStringLiteral("2025"), QStringLiteral("--envelope"), QStringLiteral("300 000")});
    QCOMPARE(added.err, QString());
    QCOMPARE(added.exitCode, 0);
}

void TestQtMessageFilter::successPrintsNothingOnStderr_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("summary") << QStringList{QStringLiteral("summary")};
    QTest::newRow("promotion list") << QStringList{QStringLiteral("promotion"), QStringLiteral("list")};
    // The PDF needs Qt Gui, which is what warns about XDG_RUNTIME_DIR.
    QTest::newRow("export pdf") << QStringList{QStringLiteral("export"),      QStringLiteral("pdf"),
                                               QStringLiteral("--promotion"), QStringLiteral("13"),
                                               QStringLiteral("-o"),          QStringLiteral("list.pdf")};
}

void TestQtMessageFilter::successPrintsNothingOnStderr()
{
    QFETCH(QStringList, arguments);
    for (QString &argument : arguments) {
        if (argument == QLatin1String("list.pdf"))
            argument = m_dir->filePath(argument);
    }
    const Run result = run(arguments);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.isEmpty());
}

void TestQtMessageFilter::refusalReasonIsTheFirstLine()
{
    // A refused export: the reason is the only line, not preceded by Qt's warning.
    const Run refused = run({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--promotion"),
                             QStringLiteral("99"), QStringLiteral("-o"), m_dir->filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err, QStringLiteral("There is no promotion FAST99 in %1.\n").arg(m_database));
}

void TestQtMessageFilter::debugVariableLetsQtSpeak()
{
    // Whoever debugs gets Qt's messages back, marked as Qt's.
    const Run result = run({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--promotion"),
                            QStringLiteral("13"), QStringLiteral("-o"), m_dir->filePath(QStringLiteral("x.pdf"))},
                           true);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QLatin1String("[Qt] QStandardPaths: XDG_RUNTIME_DIR not set")),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestQtMessageFilter)
#include "tst_qtmessagefilter.moc"
