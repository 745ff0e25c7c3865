#include "TestSupport.h"

#include <QFileInfo>
#include <QtTest>

// The window's entry point as users start it: options parsed, the demonstration opened, painted once
// and closed (what start-up benchmarks rely on), and the database chosen by --db created and kept.
class TestDesktopEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void demoQuitsAfterShow();
    void databaseOptionCreatesTheFile();
    void demoGoesIntoTheDatabaseOption();
    void noDisplaySaysSo();

private:
    QStringList environment() const;
    QTemporaryDir m_home;
};

void TestDesktopEntry::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(FAST_COMMITTEE_EXECUTABLE)), FAST_COMMITTEE_EXECUTABLE);
    QVERIFY(m_home.isValid());
}

QStringList TestDesktopEntry::environment() const
{
    // A home of its own, so that the settings (last database, language) of the user are not touched.
    return {QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("HOME=") + m_home.path(),
            QStringLiteral("XDG_CONFIG_HOME=") + m_home.filePath(QStringLiteral("config")),
            QStringLiteral("XDG_DATA_HOME=") + m_home.filePath(QStringLiteral("data"))};
}

void TestDesktopEntry::version()
{
    const TestSupport::ProcessResult result = TestSupport::runCommittee({QStringLiteral("--version")}, environment());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.standardOutput.trimmed(), QByteArray("fast-committee " FAST_COMMITTEE_VERSION));
}

void TestDesktopEntry::demoQuitsAfterShow()
{
    const TestSupport::ProcessResult result =
        TestSupport::runCommittee({QStringLiteral("--demo"), QStringLiteral("--quit-after-show")}, environment());
    QCOMPARE(result.exitCode, 0);
}

void TestDesktopEntry::databaseOptionCreatesTheFile()
{
    const QString path = m_home.filePath(QStringLiteral("committee.sqlite"));
    const TestSupport::ProcessResult result =
        TestSupport::runCommittee({QStringLiteral("--db"), path, QStringLiteral("--operator"), QStringLiteral("test"),
                                   QStringLiteral("--quit-after-show")},
                                  environment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo::exists(path));
}

void TestDesktopEntry::demoGoesIntoTheDatabaseOption()
{
    // --demo --db PATH writes the demonstration into PATH (it used to ignore PATH), then reopens it as it is.
    const QString path = m_home.filePath(QStringLiteral("demo.sqlite"));
    const QStringList arguments{QStringLiteral("--demo"), QStringLiteral("--db"), path,
                                QStringLiteral("--quit-after-show")};
    TestSupport::ProcessResult result = TestSupport::runCommittee(arguments, environment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo::exists(path));
    const TestSupport::ProcessResult listed = TestSupport::runCommittee(
        {QStringLiteral("--db"), path, QStringLiteral("promotion"), QStringLiteral("list")}, environment());
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.standardOutput.contains("FAST14"), listed.standardOutput.constData());
    QCOMPARE(listed.standardOutput.count("FAST1"), 4);
    result = TestSupport::runCommittee(arguments, environment());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(TestSupport::runCommittee(
                 {QStringLiteral("--db"), path, QStringLiteral("promotion"), QStringLiteral("list")}, environment())
                 .standardOutput,
             listed.standardOutput);
}

void TestDesktopEntry::noDisplaySaysSo()
{
    QStringList environment = this->environment();
    environment.removeAll(QStringLiteral("QT_QPA_PLATFORM=offscreen"));
    environment << QStringLiteral("QT_QPA_PLATFORM=") << QStringLiteral("DISPLAY=")
                << QStringLiteral("WAYLAND_DISPLAY=");
    const TestSupport::ProcessResult result = TestSupport::runCommittee({QStringLiteral("--demo")}, environment);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.standardError,
             QByteArray("fast-committee: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                        "not set). Run it in a desktop session, or give it a command: fast-committee --help.\n"));
    QCOMPARE(result.standardOutput, QByteArray());
}

QTEST_MAIN(TestDesktopEntry)
#include "tst_desktopentry.moc"
