#include "TestDatabaseLocation.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

// `fast-committee import FILE [--mapping NAME] [--map field=Title]... [--save-mapping NAME] [--dry-run]` as
// users run it (the real executable): --dry-run prints the mapping used, field by field with how each column
// was found; --map corrects it (fields in French or English); an unknown field, column or saved mapping is
// refused naming it and what there is, with the database left byte-identical; a saved mapping is used again by
// name and for a file with the same header.
class TestImportMappingOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunPrintsTheProposedMapping();
    void mapCorrectsAField();
    void refusals_data();
    void refusals();
    void saveThenUseByNameAndByHeader();

private:
    TestSupport::ProcessResult run(const QStringList &arguments) const;
    TestSupport::ProcessResult import(const QString &file, const QStringList &options) const;
    QByteArray databaseHash() const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

namespace {

QString formFile()
{
    return QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/sources/formulaire/Export.csv");
}

QString formXlsx()
{
    return QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/formulaire.xlsx");
}

const char *const formColumns =
    "\"Numéro de dossier\", \"E-mail\", \"Date de dépôt\", \"État du dossier\", \"Nom du projet\", \"Administration "
    "porteuse\", \"Incubateur de rattachement\", \"Type de candidature\", \"Phase du projet\", \"Budget annuel du "
    "projet (€)\", \"Quel est le montant demandé au FAST pour l’année ?\", \"Décrivez le problème public auquel "
    "répond le projet\", \"Combien d’usagers le service touche-t-il aujourd’hui ?\"";

// The mapping --dry-run prints for the form's export, with how each field was found.
QString mappingLines(const QString &heading, const QString &budget, const QString &description, const QString &others,
                     const QString &how)
{
    return QString::fromUtf8("%1\n"
                             "  projet ← Nom du projet (%5)\n"
                             "  administration ← Administration porteuse (%5)\n"
                             "  incubateur ← Incubateur de rattachement (%5)\n"
                             "  type ← Type de candidature (%5)\n"
                             "  phase ← Phase du projet (%5)\n"
                             "%2"
                             "  montant_demande ← Quel est le montant demandé au FAST pour l’année ? (%5)\n"
                             "%3"
                             "  decision ← (not in the file)\n"
                             "  montant_accorde ← (not in the file)\n"
                             "  numero_dossier ← Numéro de dossier (%5)\n"
                             "  email_contact ← E-mail (%5)\n"
                             "  kept as other answers: %4\n")
        .arg(heading, budget, description, others, how);
}

} // namespace

TestSupport::ProcessResult TestImportMappingOptions::run(const QStringList &arguments) const
{
    return TestSupport::runCommittee(QStringList{QStringLiteral("--db"), m_database} + arguments,
                                     {QStringLiteral("LANGUAGE=en"), QStringLiteral("LC_ALL=C.UTF-8")});
}

TestSupport::ProcessResult TestImportMappingOptions::import(const QString &file, const QStringList &options) const
{
    return run(QStringList{QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), file} +
               options);
}

QByteArray TestImportMappingOptions::databaseHash() const
{
    return QCryptographicHash::hash(TestSupport::readFile(m_database), QCryptographicHash::Sha256).toHex();
}

void TestImportMappingOptions::initTestCase()
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

void TestImportMappingOptions::dryRunPrintsTheProposedMapping()
{
    const TestSupport::ProcessResult result = import(formFile(), {QStringLiteral("--dry-run")});
    QCOMPARE(QString::fromUtf8(result.standardError), QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.standardOutput),
             mappingLines(QStringLiteral("Column mapping:"),
                          QString::fromUtf8("  budget_annuel ← Budget annuel du projet (€) (proposed)\n"),
                          QString::fromUtf8("  description ← (not in the file)\n"),
                          QString::fromUtf8("Date de dépôt, État du dossier, Décrivez le problème public auquel "
                                            "répond le projet, Combien d’usagers le service touche-t-il "
                                            "aujourd’hui ?"),
                          QStringLiteral("proposed")) +
                 formFile() +
                 QStringLiteral(": 7 candidate(s) would be imported into FAST13; nothing was written (--dry-run).\n"));
}

void TestImportMappingOptions::mapCorrectsAField()
{
    // The description from a question, named by its English field name; the proposal keeps the rest.
    const TestSupport::ProcessResult result =
        import(formFile(), {QStringLiteral("--dry-run"), QStringLiteral("--map"),
                            QString::fromUtf8("description=Décrivez le problème public auquel répond le projet")});
    QCOMPARE(QString::fromUtf8(result.standardError), QString());
    QCOMPARE(result.exitCode, 0);
    const QString output = QString::fromUtf8(result.standardOutput);
    QVERIFY2(output.contains(
                 QString::fromUtf8("  description ← Décrivez le problème public auquel répond le projet (given)\n")),
             qPrintable(output));
    QVERIFY2(output.contains(QString::fromUtf8(
                 "  kept as other answers: Date de dépôt, État du dossier, Combien d’usagers le service touche-t-il "
                 "aujourd’hui ?\n")),
             qPrintable(output));

    // Leaving a required field unmapped: refused, naming the field and the columns.
    const QByteArray before = databaseHash();
    const TestSupport::ProcessResult unmapped =
        import(formFile(), {QStringLiteral("--map"), QStringLiteral("budget_annuel=")});
    QCOMPARE(unmapped.exitCode, 1);
    QCOMPARE(QString::fromUtf8(unmapped.standardError),
             formFile() +
                 QString::fromUtf8(":1: no column is mapped to the required field « Annual budget »; the "
                                   "file's columns are ") +
                 QString::fromUtf8(formColumns) +
                 QStringLiteral("\n1 problem(s): nothing was imported into FAST13.\n"));
    QCOMPARE(databaseHash(), before);
}

void TestImportMappingOptions::refusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown field") << QStringList{QStringLiteral("--map"), QStringLiteral("montant=Budget")}
                                   << QStringLiteral(
                                          "--map montant=Budget: \"montant\" is not a field; the fields are "
                                          "projet/name, administration/carrier, incubateur/incubator, type/kind, "
                                          "phase, budget_annuel/annual_budget, montant_demande/requested, "
                                          "description, decision, montant_accorde/granted, "
                                          "numero_dossier/file_number, email_contact/contact_email");
    QTest::newRow("no equals sign") << QStringList{QStringLiteral("--map"), QStringLiteral("budget_annuel")}
                                    << QStringLiteral(
                                           "--map budget_annuel: \"budget_annuel\" is not a field; the fields are "
                                           "projet/name, administration/carrier, incubateur/incubator, type/kind, "
                                           "phase, budget_annuel/annual_budget, montant_demande/requested, "
                                           "description, decision, montant_accorde/granted, "
                                           "numero_dossier/file_number, email_contact/contact_email");
    QTest::newRow("unknown column") << QStringList{QStringLiteral("--map"), QStringLiteral("budget_annuel=Budget")}
                                    << QStringLiteral("--map budget_annuel=Budget: the file has no column \"Budget\"; "
                                                      "its columns are ") +
                                           QString::fromUtf8(formColumns);
    QTest::newRow("unknown mapping") << QStringList{QStringLiteral("--mapping"), QStringLiteral("Inconnu")}
                                     << QStringLiteral(
                                            "no column mapping is saved under \"Inconnu\": there is no saved mapping "
                                            "yet");
}

void TestImportMappingOptions::refusals()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QByteArray before = databaseHash();
    const TestSupport::ProcessResult result = import(formFile(), options);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(QString::fromUtf8(result.standardError),
             formFile() + QStringLiteral(": ") + message + QStringLiteral("; nothing was imported.\n"));
    QCOMPARE(result.standardOutput, QByteArray());
    QCOMPARE(databaseHash(), before);
}

void TestImportMappingOptions::saveThenUseByNameAndByHeader()
{
    // Imported with the description corrected, and saved.
    const TestSupport::ProcessResult saved =
        import(formFile(), {QStringLiteral("--map"),
                            QString::fromUtf8("description=Décrivez le problème public auquel répond le projet"),
                            QStringLiteral("--save-mapping"), QStringLiteral("Formulaire FAST")});
    QCOMPARE(QString::fromUtf8(saved.standardError), QString());
    QCOMPARE(saved.exitCode, 0);
    QCOMPARE(QString::fromUtf8(saved.standardOutput),
             formFile() + QString::fromUtf8(": 7 candidate(s) imported into FAST13.\n"
                                            "Column mapping « Formulaire FAST » saved.\n"));

    // The XLSX saved from the same export has the same header: the saved mapping is used without being named.
    const QString description =
        QString::fromUtf8("  description ← Décrivez le problème public auquel répond le projet (saved)\n");
    const QString others =
        QString::fromUtf8("Date de dépôt, État du dossier, Combien d’usagers le service touche-t-il aujourd’hui ?");
    const QString heading = QString::fromUtf8("Column mapping « Formulaire FAST »:");
    const QString budget = QString::fromUtf8("  budget_annuel ← Budget annuel du projet (€) (saved)\n");
    const TestSupport::ProcessResult byHeader = import(formXlsx(), {QStringLiteral("--dry-run")});
    const QString expectedMapping = mappingLines(heading, budget, description, others, QStringLiteral("saved"));
    // Its candidates are already in FAST13, by file number: a re-import that changes nothing, its mapping first.
    QCOMPARE(byHeader.exitCode, 0);
    QVERIFY2(QString::fromUtf8(byHeader.standardOutput).startsWith(expectedMapping),
             byHeader.standardOutput.constData());

    // By name, with a field given on top of it.
    const TestSupport::ProcessResult byName =
        import(formXlsx(), {QStringLiteral("--dry-run"), QStringLiteral("--mapping"), QStringLiteral("formulaire fast"),
                            QStringLiteral("--map"), QStringLiteral("contact_email=")});
    QVERIFY2(
        QString::fromUtf8(byName.standardOutput).contains(QString::fromUtf8("  email_contact ← (not in the file)\n")),
        byName.standardOutput.constData());
    QVERIFY2(QString::fromUtf8(byName.standardOutput).startsWith(heading + QLatin1Char('\n')),
             byName.standardOutput.constData());

    const TestSupport::ProcessResult unknown =
        import(formXlsx(), {QStringLiteral("--mapping"), QStringLiteral("Autre")});
    QCOMPARE(QString::fromUtf8(unknown.standardError),
             formXlsx() + QString::fromUtf8(": no column mapping is saved under \"Autre\"; the saved mappings are "
                                            "Formulaire FAST; nothing was imported.\n"));
}

QTEST_GUILESS_MAIN(TestImportMappingOptions)
#include "tst_importmappingoptions.moc"
