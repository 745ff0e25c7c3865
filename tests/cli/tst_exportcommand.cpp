#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "reports/LaureateList.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `export pdf --authority TEXT` prints the issuing authority at the top of every page of the official list;
// without it, the fund's own. A text the name policy refuses is refused, naming the option.
class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultAuthority();
    void givenAuthority();
    void refusedAuthority_data();
    void refusedAuthority();

private:
    using Run = TestSupport::CommandLineRun;
    Run run(const QStringList &arguments) const { return TestSupport::runCommandLine(m_database, arguments); }
    // The first line of each page of the PDF, as pdftotext lays it out.
    QStringList firstLines(const QString &pdf) const;

    QString m_pdftotext;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

QStringList TestExportCommand::firstLines(const QString &pdf) const
{
    QProcess process;
    process.start(m_pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {QStringLiteral("pdftotext failed")};
    QStringList lines;
    const QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    for (const QString &page : pages) {
        if (!page.trimmed().isEmpty())
            lines.append(page.section(QLatin1Char('\n'), 0, 0).trimmed());
    }
    return lines;
}

void TestExportCommand::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext is needed to read the PDF back: install poppler-utils");
}

void TestExportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("14"), QStringLiteral("--year"),
                  QStringLiteral("2026"), QStringLiteral("--envelope"), QStringLiteral("2 000 000")})
                 .exitCode,
             0);
}

void TestExportCommand::cleanup()
{
    m_dir.reset();
}

void TestExportCommand::defaultAuthority()
{
    const QString pdf = m_dir->filePath(QStringLiteral("list.pdf"));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--promotion"),
                              QStringLiteral("14"), QStringLiteral("-o"), pdf});
    QCOMPARE(exported.err, QString());
    QCOMPARE(exported.exitCode, 0);
    // An open promotion: the mark sits beside the authority, on the same first line.
    const QStringList lines = firstLines(pdf);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(LaureateList::defaultAuthority()), qPrintable(lines.constFirst()));
    QVERIFY(lines.constFirst().endsWith(QString::fromUtf8("PROVISOIRE — non arrêtée")));
}

void TestExportCommand::givenAuthority()
{
    const QString pdf = m_dir->filePath(QStringLiteral("list.pdf"));
    const QString authority = QString::fromUtf8("Préfecture de la région Bretagne");
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("14"),
                  QStringLiteral("--committee-date"), QStringLiteral("2026-06-12")})
                 .exitCode,
             0);
    const Run exported = run({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--promotion"),
                              QStringLiteral("14"), QStringLiteral("-o"), pdf, QStringLiteral("--authority"),
                              QStringLiteral("  ") + authority + QStringLiteral(" ")});
    QCOMPARE(exported.err, QString());
    QCOMPARE(exported.exitCode, 0);
    // Closed: the list plus its approval block, each page headed by the authority alone.
    const QStringList lines = firstLines(pdf);
    QCOMPARE(lines, QStringList({authority, authority}));
}

void TestExportCommand::refusedAuthority_data()
{
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << QStringLiteral("--authority is empty.");
    QTest::newRow("line break") << QStringLiteral("DINUM\nFAST")
                                << QStringLiteral("--authority: character 6 is U+000A (line feed), which is not "
                                                  "allowed in a name.");
}

void TestExportCommand::refusedAuthority()
{
    QFETCH(QString, authority);
    QFETCH(QString, error);
    const QString pdf = m_dir->filePath(QStringLiteral("list.pdf"));
    const Run refused =
        run({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--promotion"), QStringLiteral("14"),
             QStringLiteral("-o"), pdf, QStringLiteral("--authority"), authority});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, error + QLatin1Char('\n'));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
