#include "TestDatabaseLocation.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// `fast-committee import FILE.xlsx|FILE.ods [--sheet NAME]` as users run it (the real executable): the
// candidates of the chosen sheet are imported, and every refused file (password, old format, damaged,
// zip bomb, too many members, macros, a sheet the file does not have, an empty sheet) exits 1 with its
// reason and leaves the database file byte-identical.
class TestSpreadsheetImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedLeavesTheDatabaseIdentical_data();
    void refusedLeavesTheDatabaseIdentical();
    void importsTheChosenSheet();

private:
    TestSupport::ProcessResult run(const QStringList &arguments) const;
    QByteArray databaseHash() const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/") + name;
}

} // namespace

TestSupport::ProcessResult TestSpreadsheetImportCommand::run(const QStringList &arguments) const
{
    return TestSupport::runCommittee(QStringList{QStringLiteral("--db"), m_database} + arguments,
                                     {QStringLiteral("LANGUAGE=en"), QStringLiteral("LC_ALL=C.UTF-8")});
}

QByteArray TestSpreadsheetImportCommand::databaseHash() const
{
    return QCryptographicHash::hash(TestSupport::readFile(m_database), QCryptographicHash::Sha256).toHex();
}

void TestSpreadsheetImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    const TestSupport::ProcessResult added =
        run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
             QStringLiteral("2026"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")});
    QCOMPARE(added.exitCode, 0);
}

void TestSpreadsheetImportCommand::refusedLeavesTheDatabaseIdentical_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("firstError");

    const QString password = QStringLiteral("the file is protected by a password or is in the old .xls format: save "
                                            "it as .xlsx or .ods without a password, then import it again");
    const QString damaged = QStringLiteral("the file is damaged or incomplete (its zip cannot be read): save it "
                                           "again from the spreadsheet, then import it again");
    QTest::newRow("old .xls") << "old-format.xls" << QStringList() << password;
    QTest::newRow("encrypted ODS") << "protected.ods" << QStringList() << password;
    QTest::newRow("truncated") << "truncated.xlsx" << QStringList() << damaged;
    QTest::newRow("damaged") << "damaged.xlsx" << QStringList() << damaged;
    QTest::newRow("zip bomb") << "bomb.xlsx" << QStringList()
                              << "the member \"xl/worksheets/sheet1.xml\" inflates past 100 MiB, which no committee's "
                                 "spreadsheet does (a \"zip bomb\"): it was not read";
    QTest::newRow("members") << "many-members.xlsx" << QStringList()
                             << "the file holds more than 10000 members, which no spreadsheet does: it was not read";
    QTest::newRow("xlsm") << "macros.xlsm" << QStringList()
                          << "the file is a macro-enabled workbook (.xlsm), which is not imported: save it as .xlsx "
                             "without macros, then import it again";
    QTest::newRow("ods macros") << "macros.ods" << QStringList()
                                << "the file holds macros, which are not imported: save it as .xlsx or .ods without "
                                   "macros, then import it again";
    QTest::newRow("missing sheet") << "candidatures.xlsx"
                                   << QStringList{QStringLiteral("--sheet"), QStringLiteral("Notes")}
                                   << "the file has no sheet \"Notes\"; its sheets are \"Candidatures\"";
    QTest::newRow("empty sheet") << "vide.ods" << QStringList()
                                 << "Sheet \"Sheet1\": the sheet is empty: choose the sheet that holds the candidates";
    QTest::newRow("wrong amount") << "erreurs.xlsx" << QStringList()
                                  << QString::fromUtf8("Sheet \"Candidatures\", row 7, column D (Montant demandé): The "
                                                       "amount \"cent cinquante mille\" contains letters: only "
                                                       "digits, spaces, a decimal comma and € are accepted.");
}

void TestSpreadsheetImportCommand::refusedLeavesTheDatabaseIdentical()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, firstError);
    const QByteArray before = databaseHash();
    const TestSupport::ProcessResult result =
        run(QStringList{QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), fixture(file)} +
            options);
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = QString::fromUtf8(result.standardError).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), fixture(file) + QStringLiteral(": ") + firstError);
    QCOMPARE(lines.value(1), QStringLiteral("1 problem(s): nothing was imported into FAST13."));
    QCOMPARE(result.standardOutput, QByteArray());
    QCOMPARE(databaseHash(), before);
}

void TestSpreadsheetImportCommand::importsTheChosenSheet()
{
    // --sheet is for spreadsheets only.
    const QString csv = TestSupport::writeFile(m_dir, QStringLiteral("c.csv"),
                                               QByteArrayLiteral("projet;administration;budget_annuel;montant_demande\n"
                                                                 "Envergo;DGALN;400 000;150 000\n"));
    const QByteArray before = databaseHash();
    const TestSupport::ProcessResult csvSheet =
        run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv,
             QStringLiteral("--sheet"), QStringLiteral("Candidatures")});
    QCOMPARE(csvSheet.exitCode, 1);
    QCOMPARE(QString::fromUtf8(csvSheet.standardError).trimmed(),
             csv + QStringLiteral(" is not a spreadsheet: --sheet is for .xlsx and .ods files; nothing was imported."));
    QCOMPARE(databaseHash(), before);

    const QString file = fixture(QStringLiteral("entete-fusionne.ods"));
    const TestSupport::ProcessResult imported =
        run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), file,
             QStringLiteral("--sheet"), QStringLiteral("Candidatures")});
    QCOMPARE(QString::fromUtf8(imported.standardError), QString());
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QString::fromUtf8(imported.standardOutput),
             file + QStringLiteral(": 2 candidate(s) imported into FAST13.\n"));

    const TestSupport::ProcessResult listed = run(
        {QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.standardOutput.contains("\"Aides Jeunes\""), listed.standardOutput.constData());
    QVERIFY(listed.standardOutput.contains("\"DossierFacile\""));
    QVERIFY(!listed.standardOutput.contains("Envergo"));
}

QTEST_GUILESS_MAIN(TestSpreadsheetImportCommand)
#include "tst_spreadsheetimportcommand.moc"
