#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `fast-committee import` of an edited export of the call's form into a promotion that already holds the
// first export (tests/data/reimport): the rows are matched by file number; --dry-run prints the plan line by
// line, the import prints its counts and the decided candidate it left alone, --update-decided changes it.
class TestReimportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dryRunPrintsThePlan();
    void importUpdatesAndListsTheDecided();
    void updateDecidedForcesThem();
    void aFileNumberTwiceIsRefusedByLine();
    void spreadsheetsMadeByLibreOffice_data();
    void spreadsheetsMadeByLibreOffice();

private:
    TestSupport::CommandLineRun import(const QString &path, const QStringList &options = {}) const;
    QList<Candidate> stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

namespace {

const QString exportPath = QStringLiteral(FAST_TEST_DATA_DIR "/reimport/candidatures-export.csv");
const QString editedPath = QStringLiteral(FAST_TEST_DATA_DIR "/reimport/candidatures-export-modifie.csv");

// "600 000 €" as Money writes it: the spaces that group digits or come before "€" are no-break spaces.
QString euros(const char *text)
{
    static const QRegularExpression amountSpace(QStringLiteral("(?<=\\d) (?=\\d{3}\\b|€)"));
    return QString::fromUtf8(text).replace(amountSpace, QString(QChar(0x00A0)));
}

// What --dry-run prints first: the export's own columns, read through the mapping the import proposes
// (a file with file numbers is a form export, ImportMappingOptions::describe).
QStringList mappingOfTheExport()
{
    return {QStringLiteral("Column mapping:"),
            QString::fromUtf8("  projet ← projet (proposed)"),
            QString::fromUtf8("  administration ← administration (proposed)"),
            QString::fromUtf8("  incubateur ← incubateur (proposed)"),
            QString::fromUtf8("  type ← type (proposed)"),
            QString::fromUtf8("  phase ← phase (proposed)"),
            QString::fromUtf8("  budget_annuel ← budget_annuel (proposed)"),
            QString::fromUtf8("  montant_demande ← montant_demande (proposed)"),
            QString::fromUtf8("  description ← (not in the file)"),
            QString::fromUtf8("  decision ← decision (proposed)"),
            QString::fromUtf8("  montant_accorde ← montant_accorde (proposed)"),
            QString::fromUtf8("  numero_dossier ← numero_dossier (proposed)"),
            QString::fromUtf8("  email_contact ← (not in the file)")};
}

} // namespace

void TestReimportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    const TestSupport::CommandLineRun added = TestSupport::runCommandLine(
        m_database, {QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("14"), QStringLiteral("--year"),
                     QStringLiteral("2026"), QStringLiteral("--envelope"), QStringLiteral("2 000 000")});
    QCOMPARE(added.exitCode, 0);
    const TestSupport::CommandLineRun first = import(exportPath);
    QCOMPARE(first.err, QString());
    // Only additions: the line a first import always printed.
    QCOMPARE(first.out, QStringLiteral("%1: 4 candidate(s) imported into FAST14.\n").arg(exportPath));
}

TestSupport::CommandLineRun TestReimportCommand::import(const QString &path, const QStringList &options) const
{
    return TestSupport::runCommandLine(
        m_database,
        QStringList{QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("14"), path} + options);
}

QList<Candidate> TestReimportCommand::stored() const
{
    Database database;
    if (!database.open(m_database).ok())
        return {};
    return CommitteeStore(database).candidates(14).value();
}

void TestReimportCommand::dryRunPrintsThePlan()
{
    const TestSupport::CommandLineRun dry = import(editedPath, {QStringLiteral("--dry-run")});
    QCOMPARE(dry.err, QString());
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.out.split(QLatin1Char('\n')),
             mappingOfTheExport() +
                 QStringList({euros("~ Envergo: annual budget: 600 000 € → 650 000 €"),
                              QStringLiteral("~ Docubra: project: Docubra → Docurba"),
                              euros("! Mano: annual budget: 360 000 € → 380 000 €") +
                                  QStringLiteral(" (decided: Laureate; not changed)"),
                              QStringLiteral("+ Carte des Mobilités"), QStringLiteral("= 1 unchanged"),
                              QStringLiteral("%1: 1 candidate(s) would be added, 2 updated, 1 unchanged into FAST14; "
                                             "nothing was written (--dry-run).")
                                  .arg(editedPath),
                              QString()}));
    QCOMPARE(stored().size(), 4);
}

void TestReimportCommand::importUpdatesAndListsTheDecided()
{
    const TestSupport::CommandLineRun run = import(editedPath);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("%1:3: Mano is decided (Laureate): 1 change(s) left as they are; "
                                     "--update-decided applies them.\n"
                                     "%1: 1 candidate(s) added, 2 updated, 1 unchanged into FAST14.\n")
                          .arg(editedPath));
    QStringList names;
    for (const Candidate &candidate : stored())
        names.append(candidate.name + QLatin1Char(' ') + candidate.annualBudget.toPlainString());
    QCOMPARE(names, QStringList({QStringLiteral("Aides Jeunes 500000"), QStringLiteral("Carte des Mobilités 200000"),
                                 QStringLiteral("Docurba 480000"), QStringLiteral("Envergo 650000"),
                                 QStringLiteral("Mano 360000")}));

    // The same file again: nothing left to change but the decided candidate.
    const TestSupport::CommandLineRun again = import(editedPath);
    QCOMPARE(again.out, QStringLiteral("%1:3: Mano is decided (Laureate): 1 change(s) left as they are; "
                                       "--update-decided applies them.\n"
                                       "%1: 0 candidate(s) added, 0 updated, 4 unchanged into FAST14.\n")
                            .arg(editedPath));
}

void TestReimportCommand::updateDecidedForcesThem()
{
    const TestSupport::CommandLineRun run = import(editedPath, {QStringLiteral("--update-decided")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
             QStringLiteral("%1: 1 candidate(s) added, 3 updated, 1 unchanged into FAST14.\n").arg(editedPath));
    for (const Candidate &candidate : stored()) {
        if (candidate.name == QLatin1String("Mano")) {
            QCOMPARE(candidate.annualBudget, Money::fromEuros(380000));
            QCOMPARE(candidate.decision, Decision::Laureate);
        }
    }
}

void TestReimportCommand::aFileNumberTwiceIsRefusedByLine()
{
    const QString twice = TestSupport::writeFile(*m_dir, QStringLiteral("twice.csv"),
                                                 "projet;administration;budget_annuel;montant_demande;numero_dossier\n"
                                                 "Envergo;DGALN;650 000;300 000;2026-0001\n"
                                                 "Nouveau;DGALN;650 000;300 000;2026-0001\n"
                                                 "Mano;DGALN;650 000;300 000;2026-0009\n");
    const TestSupport::CommandLineRun run = import(twice);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.split(QLatin1Char('\n')),
             QStringList({QStringLiteral("%1:3: the file number 2026-0001 is already on line 2").arg(twice),
                          QStringLiteral("%1:4: \"Mano\" is already a candidate of this promotion, under the "
                                         "file number 2026-0002")
                              .arg(twice),
                          QStringLiteral("2 problem(s): nothing was imported into FAST14."), QString()}));
    QCOMPARE(stored().constFirst().annualBudget, Money::fromEuros(500000));
}

void TestReimportCommand::spreadsheetsMadeByLibreOffice_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("ods") << QStringLiteral("ods");
}

void TestReimportCommand::spreadsheetsMadeByLibreOffice()
{
    // The same pair saved by LibreOffice (tests/data/spreadsheets/sources/reexport*), amounts as numbers and
    // file numbers as text, into FAST15: the same plan, line for line (a sheet's rows are its line numbers).
    QFETCH(QString, format);
    const QString first = QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/reexport.") + format;
    const QString edited = QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/reexport-modifie.") + format;
    QCOMPARE(
        TestSupport::runCommandLine(m_database, {QStringLiteral("promotion"), QStringLiteral("add"),
                                                 QStringLiteral("15"), QStringLiteral("--year"), QStringLiteral("2026"),
                                                 QStringLiteral("--envelope"), QStringLiteral("2 000 000")})
            .exitCode,
        0);
    const auto importInto15 = [this](const QStringList &arguments) {
        return TestSupport::runCommandLine(
            m_database,
            QStringList{QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("15")} + arguments);
    };
    QCOMPARE(importInto15({first}).out, QStringLiteral("%1: 4 candidate(s) imported into FAST15.\n").arg(first));
    const TestSupport::CommandLineRun dry = importInto15({edited, QStringLiteral("--dry-run")});
    QCOMPARE(dry.err, QString());
    QCOMPARE(dry.out.split(QLatin1Char('\n')),
             mappingOfTheExport() +
                 QStringList({euros("~ Envergo: annual budget: 600 000 € → 650 000 €"),
                              QStringLiteral("~ Docubra: project: Docubra → Docurba"),
                              euros("! Mano: annual budget: 360 000 € → 380 000 €") +
                                  QStringLiteral(" (decided: Laureate; not changed)"),
                              QStringLiteral("+ Carte des Mobilités"), QStringLiteral("= 1 unchanged"),
                              QStringLiteral("%1: 1 candidate(s) would be added, 2 updated, 1 unchanged into FAST15; "
                                             "nothing was written (--dry-run).")
                                  .arg(edited),
                              QString()}));
}

QTEST_GUILESS_MAIN(TestReimportCommand)
#include "tst_reimportcommand.moc"
