#include "FrenchAmounts.h"
#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "reports/LaureateList.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `export schedule --year YYYY -o FILE.pdf` and `export follow-up --promotion N --candidate NAME -o FILE.pdf` on
// the command line, on a committee built through the follow-up's own commands (two promotions, an amendment, a
// payment, a late tranche): their one line of output, exit code 0 and the PDF read back with pdftotext; every
// refusal with its exact message and exit code, nothing written, a file already there left byte for byte; a
// file that exists replaced whole; the open database refused.
class TestFollowUpExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsTheSchedule();
    void exportsAFollowUpSheet();
    void givenAuthority();
    void formatAfterItsOptions();
    void refusals_data();
    void refusals();
    void replacesAFileWhole();
    void refusesTheDatabase();

private:
    using Run = TestSupport::CommandLineRun;
    Run run(const QStringList &arguments) const { return TestSupport::runCommandLine(m_database, arguments); }
    void ok(const QStringList &arguments) const;
    // The PDF's lines, runs of spaces made one; empty lines left out.
    QStringList pdfLines(const QString &path) const;

    QString m_pdftotext;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString euros(const char *text)
{
    return FrenchAmounts::text(text);
}

} // namespace

void TestFollowUpExportCommand::ok(const QStringList &arguments) const
{
    const Run done = run(arguments);
    if (done.exitCode != 0)
        QFAIL(qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + done.err));
}

QStringList TestFollowUpExportCommand::pdfLines(const QString &path) const
{
    QProcess process;
    process.start(m_pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {QStringLiteral("pdftotext failed")};
    // pdftotext glues a right-aligned "0 €" into "0€": the space is put back.
    static const QRegularExpression glued(QStringLiteral("(\\d)€"));
    QStringList lines;
    for (QString line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        line = line.replace(QChar(0x00A0), QLatin1Char(' ')).simplified().replace(glued, QStringLiteral("\\1 €"));
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

void TestFollowUpExportCommand::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext is needed to read the PDF back: install poppler-utils");
}

void TestFollowUpExportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    // FAST12 (2024): Alpha 100 000 €, 78 930 € paid in 2024, 21 070 € planned on 01/10/2024 and late.
    // FAST13 (2025): Beta 150 000 € amended to 140 000 €, 110 502 € paid in 2025, 29 498 € planned on
    // 01/11/2025; Gamma not selected.
    for (const auto &[number, year] : {std::pair{12, 2024}, std::pair{13, 2025}})
        ok({QStringLiteral("promotion"), QStringLiteral("add"), QString::number(number), QStringLiteral("--year"),
            QString::number(year), QStringLiteral("--envelope"), QStringLiteral("1 000 000")});
    const QString twelve = TestSupport::writeFile(*m_dir, QStringLiteral("fast12.csv"),
                                                  "projet;administration;incubateur;budget_annuel;montant_demande\n"
                                                  "Alpha;DINUM;beta.gouv.fr;400000;100000\n");
    const QString thirteen = TestSupport::writeFile(*m_dir, QStringLiteral("fast13.csv"),
                                                    "projet;administration;incubateur;budget_annuel;montant_demande\n"
                                                    "Beta;DGALN;Fabrique num\xC3\xA9rique;300000;150000\n"
                                                    "Gamma;DINUM;Fabrique;100000;20000\n");
    ok({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("12"), twelve});
    ok({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), thirteen});
    const auto decide = [this](const char *promotion, const char *name, const char *decision) {
        ok({QStringLiteral("decide"), QStringLiteral("--promotion"), QString::fromUtf8(promotion),
            QStringLiteral("--candidate"), QString::fromUtf8(name), QStringLiteral("--decision"),
            QString::fromUtf8(decision)});
    };
    decide("12", "Alpha", "laureate");
    decide("13", "Beta", "laureate");
    decide("13", "Gamma", "rejected");
    ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"), QStringLiteral("12"),
        QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--date"),
        QStringLiteral("2024-07-01")});
    ok({QStringLiteral("payment"), QStringLiteral("mark-paid"), QStringLiteral("--promotion"), QStringLiteral("12"),
        QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--tranche"), QStringLiteral("1"),
        QStringLiteral("--date"), QStringLiteral("2024-07-05")});
    ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"), QStringLiteral("13"),
        QStringLiteral("--candidate"), QStringLiteral("Beta"), QStringLiteral("--date"), QStringLiteral("2025-08-01"),
        QStringLiteral("--reference"), QStringLiteral("CONV-13-02"), QStringLiteral("--amount"),
        QStringLiteral("140 000"), QStringLiteral("--reason"), QStringLiteral("budget revu")});
    ok({QStringLiteral("payment"), QStringLiteral("mark-paid"), QStringLiteral("--promotion"), QStringLiteral("13"),
        QStringLiteral("--candidate"), QStringLiteral("Beta"), QStringLiteral("--tranche"), QStringLiteral("1"),
        QStringLiteral("--date"), QStringLiteral("2025-08-10"), QStringLiteral("--reference"),
        QStringLiteral("VIR-2")});
}

void TestFollowUpExportCommand::cleanup()
{
    m_dir.reset();
    m_location.reset();
}

void TestFollowUpExportCommand::exportsTheSchedule()
{
    const QString pdf = m_dir->filePath(u8("échéancier 2025.pdf"));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("--year"),
                              QStringLiteral("2025"), QStringLiteral("-o"), pdf});
    QCOMPARE(exported.err, QString());
    QCOMPARE(exported.exitCode, 0);
    // Alpha's 21 070 € and Beta's 140 000 − 110 502 = 29 498 €. Every date is in the past: both second tranches
    // are late whenever the test runs.
    QCOMPARE(exported.out, euros("%1: payment schedule 2025 written (2 laureate(s) in the detail; remaining to pay "
                                 "at 31/12/2025: 50 568 €).\n")
                               .arg(pdf));
    const QStringList lines = pdfLines(pdf);
    QCOMPARE(lines.value(0), LaureateList::defaultAuthority());
    QCOMPARE(lines.value(2), u8("Échéancier des crédits de paiement — exercice 2025"));
    QVERIFY2(lines.contains(u8("AE engagées en 2025 (1 convention signée) 140 000 €")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(u8("CP payés en 2025 110 502 €")));
    QVERIFY(lines.contains(u8("Reste à payer au 31/12/2025 50 568 €")));
    QVERIFY(lines.contains(u8("FAST12 Alpha En paiement, en retard 100 000 € 0 € 78 930 € 21 070 € 21 070 € le "
                              "01/10/2024")));
    QVERIFY(lines.contains(u8("FAST13 Beta En paiement, en retard 140 000 € 110 502 € 110 502 € 29 498 € 29 498 € le "
                              "01/11/2025")));
    QVERIFY(lines.contains(u8("Total (2 lauréats) 240 000 € 110 502 € 189 432 € 50 568 €")));
}

void TestFollowUpExportCommand::exportsAFollowUpSheet()
{
    const QString pdf = m_dir->filePath(QStringLiteral("beta.pdf"));
    // The name as the follow-up's commands take it: case and accents do not matter.
    const Run exported =
        run({QStringLiteral("export"), QStringLiteral("follow-up"), QStringLiteral("--promotion"), QStringLiteral("13"),
             QStringLiteral("--candidate"), QStringLiteral("BETA"), QStringLiteral("-o"), pdf});
    QCOMPARE(exported.err, QString());
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, QStringLiteral("%1: follow-up sheet of FAST13 / Beta written.\n").arg(pdf));
    const QStringList lines = pdfLines(pdf);
    QCOMPARE(lines.value(0), LaureateList::defaultAuthority());
    QCOMPARE(lines.value(2), u8("Fiche de suivi du lauréat"));
    for (const QString &line :
         {u8("Promotion FAST13 (exercice 2025)"), u8("Lauréat Beta"), u8("Administration porteuse DGALN"),
          u8("Incubateur Fabrique numérique"), u8("Montant accordé 150 000 €"), u8("Référence CONV-13-02"),
          u8("Avenant 140 000 € engagés au lieu des 150 000 € accordés — motif : budget revu"),
          u8("1 01/08/2025 110 502 € 10/08/2025 110 502 € VIR-2"), u8("Reste à payer 29 498 €")})
        QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral("\n---\n") + lines.join(QLatin1Char('\n'))));
}

void TestFollowUpExportCommand::givenAuthority()
{
    const QString pdf = m_dir->filePath(QStringLiteral("alpha.pdf"));
    const Run exported =
        run({QStringLiteral("export"), QStringLiteral("follow-up"), QStringLiteral("--promotion"), QStringLiteral("12"),
             QStringLiteral("--candidate"), QStringLiteral("alpha"), QStringLiteral("-o"), pdf,
             QStringLiteral("--authority"), u8(" Préfecture de la région Bretagne ")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(pdfLines(pdf).value(0), u8("Préfecture de la région Bretagne"));
}

void TestFollowUpExportCommand::formatAfterItsOptions()
{
    // The format word may come after options whose values look like it.
    const QString pdf = m_dir->filePath(QStringLiteral("schedule"));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("-o"), pdf, QStringLiteral("--year"),
                              QStringLiteral("2024"), QStringLiteral("schedule")});
    QCOMPARE(exported.err, QString());
    QCOMPARE(exported.out, euros("%1: payment schedule 2024 written (1 laureate(s) in the detail; remaining to pay "
                                 "at 31/12/2024: 21 070 €).\n")
                               .arg(pdf));
    QVERIFY(TestSupport::readFile(pdf).startsWith("%PDF-"));
}

void TestFollowUpExportCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");

    const QString scheduleUsage =
        QStringLiteral("fast-committee export schedule --year YYYY -o FILE.pdf [--authority TEXT]");
    const QString sheetUsage = QStringLiteral(
        "fast-committee export follow-up --promotion NUMBER --candidate NAME -o FILE.pdf [--authority TEXT]");
    const auto schedule = [](const QStringList &options) {
        return QStringList{QStringLiteral("export"), QStringLiteral("schedule")} + options;
    };
    const auto sheet = [](const QString &promotion, const QString &candidate) {
        return QStringList{QStringLiteral("export"),      QStringLiteral("follow-up"),
                           QStringLiteral("--promotion"), promotion,
                           QStringLiteral("--candidate"), candidate};
    };
    QTest::newRow("no year") << schedule({}) << 2
                             << QStringLiteral("Give --year YYYY and -o FILE. Usage: %1").arg(scheduleUsage);
    QTest::newRow("year out of range") << schedule({QStringLiteral("--year"), QStringLiteral("1999")}) << 2
                                       << QStringLiteral("--year: \"1999\" is not a year between 2000 and 2100.");
    QTest::newRow("year not a number") << schedule({QStringLiteral("--year"), QStringLiteral("l'an prochain")}) << 2
                                       << QStringLiteral(
                                              "--year: \"l'an prochain\" is not a year between 2000 and 2100.");
    QTest::newRow("empty authority") << schedule({QStringLiteral("--year"), QStringLiteral("2025"),
                                                  QStringLiteral("--authority"), QString()})
                                     << 2 << QStringLiteral("--authority is empty.");
    QTest::newRow("no candidate")
        << QStringList{QStringLiteral("export"), QStringLiteral("follow-up"), QStringLiteral("--promotion"),
                       QStringLiteral("13")}
        << 2 << QStringLiteral("Give --promotion NUMBER, --candidate NAME and -o FILE. Usage: %1").arg(sheetUsage);
    QTest::newRow("unknown candidate") << sheet(QStringLiteral("13"), QStringLiteral("Delta")) << 1
                                       << QStringLiteral("FAST13 has no candidate called \"Delta\".");
    QTest::newRow("candidate of another promotion") << sheet(QStringLiteral("13"), QStringLiteral("Alpha")) << 1
                                                    << QStringLiteral("FAST13 has no candidate called \"Alpha\".");
    QTest::newRow("not a laureate") << sheet(QStringLiteral("13"), QStringLiteral("gamma")) << 1
                                    << QStringLiteral(
                                           "FAST13 / Gamma is not a laureate: only a laureate has a follow-up sheet.");
}

void TestFollowUpExportCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    // A file already there is left as it was.
    const QString output = TestSupport::writeFile(*m_dir, QStringLiteral("kept.pdf"), "an earlier file");
    const Run refused = run(arguments + QStringList{QStringLiteral("-o"), output});
    QCOMPARE(refused.err, error + QLatin1Char('\n'));
    QCOMPARE(refused.exitCode, exitCode);
    QCOMPARE(refused.out, QString());
    QCOMPARE(TestSupport::readFile(output), QByteArrayLiteral("an earlier file"));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("kept.pdf")});
}

void TestFollowUpExportCommand::replacesAFileWhole()
{
    const QString output = TestSupport::writeFile(*m_dir, QStringLiteral("alpha.pdf"), QByteArray(200000, 'x'));
    const Run exported =
        run({QStringLiteral("export"), QStringLiteral("follow-up"), QStringLiteral("--promotion"), QStringLiteral("12"),
             QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("-o"), output});
    QCOMPARE(exported.exitCode, 0);
    const QByteArray bytes = TestSupport::readFile(output);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(!bytes.contains(QByteArray(64, 'x')));
    QVERIFY(pdfLines(output).contains(u8("Reste à payer 21 070 €")));
    // Nothing left beside it: the temporary file was renamed over it.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("alpha*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("alpha.pdf")});
}

void TestFollowUpExportCommand::refusesTheDatabase()
{
    FAST_SQLITE_ONLY("an export aimed at the database file");
    const QByteArray before = TestSupport::readFile(m_database);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("--year"),
                      QStringLiteral("2025")},
          QStringList{QStringLiteral("export"), QStringLiteral("follow-up"), QStringLiteral("--promotion"),
                      QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Beta")}}) {
        const Run refused = run(arguments + QStringList{QStringLiteral("-o"), m_database});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err,
                 QStringLiteral("Cannot write %1: it is the database in use; choose another file.\n").arg(m_database));
        QCOMPARE(TestSupport::readFile(m_database), before);
    }
    // A folder is not a file either.
    const Run folder = run({QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("--year"),
                            QStringLiteral("2025"), QStringLiteral("-o"), m_dir->path()});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(folder.err.startsWith(QStringLiteral("Cannot write %1").arg(m_dir->path())), qPrintable(folder.err));
    QVERIFY(QFileInfo(m_dir->path()).isDir());
}

QTEST_MAIN(TestFollowUpExportCommand)
#include "tst_followupexportcommand.moc"
