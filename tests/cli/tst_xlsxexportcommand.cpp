#include "SpreadsheetTestData.h"
#include "TestDatabaseLocation.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// `export xlsx --promotion N -o FILE` on the command line: the workbook written with its one line of output and
// read back through the import's reader (three sheets, amounts as numbers to the cent, a name starting with "="
// kept as text); a missing promotion, the open database as the output and an unknown format refused with their
// message and nothing written; an existing file replaced, as the CSV and PDF exports replace theirs.
class TestXlsxExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesTheWorkbook();
    void replacesAnEarlierFile();
    void refusesAMissingPromotion();
    void refusesTheDatabase();
    void refusesAnUnknownFormat();

private:
    using Run = TestSupport::CommandLineRun;
    Run run(const QStringList &arguments) const { return TestSupport::runCommandLine(m_database, arguments); }
    Run exportTo(const QString &output, const QString &promotion = QStringLiteral("14")) const
    {
        return run({QStringLiteral("export"), QStringLiteral("xlsx"), QStringLiteral("--promotion"), promotion,
                    QStringLiteral("-o"), output});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

using SpreadsheetTestData::readSheet;
using SpreadsheetTestData::row;

void TestXlsxExportCommand::init()
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
    const QString csv = TestSupport::writeFile(*m_dir, QStringLiteral("candidatures.csv"),
                                               "projet;administration;budget_annuel;montant_demande\n"
                                               "=1+1;Minist\xC3\xA8re;600 000;300 000\n"
                                               "Alpha;DINUM;1 000 000,50;150 000,25\n");
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("14"), csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestXlsxExportCommand::cleanup()
{
    m_dir.reset();
}

void TestXlsxExportCommand::writesTheWorkbook()
{
    const QString output = m_dir->filePath(QStringLiteral("FAST14.xlsx"));
    const Run exported = exportTo(output);
    QCOMPARE(exported.err, QString());
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out,
             QStringLiteral("%1: 2 candidate(s) of FAST14 exported with the ranking and the laureates.\n").arg(output));
    const CsvTable candidates = readSheet(output);
    QCOMPARE(candidates.sheetNames,
             QStringList({QStringLiteral("Candidates"), QStringLiteral("Ranking"), QStringLiteral("Laureates")}));
    QCOMPARE(candidates.records.size(), 3);
    QCOMPARE(candidates.records.at(1).fields,
             row({"=1+1", "Ministère", "", "produit", "", "600000", "300000", "", "", "", "", ""}));
    QCOMPARE(candidates.records.at(2).fields,
             row({"Alpha", "DINUM", "", "produit", "", "1000000,5", "150000,25", "", "", "", "", ""}));
    // Nobody scored: the ranking lists both as incomplete, by name; no laureate yet.
    const CsvTable ranking = readSheet(output, QStringLiteral("Ranking"));
    QCOMPARE(ranking.records.size(), 3);
    QCOMPARE(ranking.records.at(1).fields.mid(0, 5), row({"", "", "=1+1", "", "300000"}));
    QCOMPARE(ranking.records.at(2).fields.mid(0, 5), row({"", "", "Alpha", "", "150000,25"}));
    const CsvTable laureates = readSheet(output, QStringLiteral("Laureates"));
    QCOMPARE(laureates.records.size(), 5);
    QCOMPARE(laureates.records.at(1).fields, row({"", "Total: 0 laureate(s)", "", "", "", "", "0", ""}));
    QCOMPARE(laureates.records.at(3).fields, row({"", "Remaining", "", "", "", "", "2000000", ""}));
    QCOMPARE(laureates.records.at(4).fields.at(1), QStringLiteral("FAST14 is still open: this list is provisional."));
}

void TestXlsxExportCommand::replacesAnEarlierFile()
{
    // As `export csv` and `export pdf`: -o names the file to write, replaced when it exists (the window's save
    // dialog is where a person confirms replacing a file).
    const QString output = TestSupport::writeFile(*m_dir, QStringLiteral("FAST14.xlsx"), "an earlier file");
    const Run exported = exportTo(output);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(TestSupport::readFile(output).startsWith("PK\x03\x04"));
    QCOMPARE(readSheet(output).records.size(), 3);
    // Nothing left beside it: the temporary file was renamed over it.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("FAST14*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("FAST14.xlsx")});
}

void TestXlsxExportCommand::refusesAMissingPromotion()
{
    const QString output = m_dir->filePath(QStringLiteral("FAST99.xlsx"));
    const Run exported = exportTo(output, QStringLiteral("99"));
    QCOMPARE(exported.exitCode, 1);
    QCOMPARE(exported.out, QString());
    QCOMPARE(exported.err, QStringLiteral("There is no promotion FAST99 in %1.\n").arg(m_database));
    QVERIFY(!QFileInfo::exists(output));
}

void TestXlsxExportCommand::refusesTheDatabase()
{
    FAST_SQLITE_ONLY("an export aimed at the database file or its journals");
    const QByteArray before = TestSupport::readFile(m_database);
    const Run exported = exportTo(m_database);
    QCOMPARE(exported.exitCode, 1);
    QCOMPARE(exported.err,
             QStringLiteral("Cannot write %1: it is the database in use; choose another file.\n").arg(m_database));
    QCOMPARE(TestSupport::readFile(m_database), before);
}

void TestXlsxExportCommand::refusesAnUnknownFormat()
{
    const Run exported = run({QStringLiteral("export"), QStringLiteral("ods"), QStringLiteral("--promotion"),
                              QStringLiteral("14"), QStringLiteral("-o"), m_dir->filePath(QStringLiteral("x.ods"))});
    QCOMPARE(exported.exitCode, 2);
    QCOMPARE(exported.err,
             QStringLiteral("Unknown export format \"ods\": write pdf, csv, xlsx, schedule or follow-up. Usage: "
                            "fast-committee "
                            "export pdf|csv|xlsx --promotion NUMBER -o FILE [--authority TEXT]\n"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.ods"))));
}

QTEST_GUILESS_MAIN(TestXlsxExportCommand)
#include "tst_xlsxexportcommand.moc"
