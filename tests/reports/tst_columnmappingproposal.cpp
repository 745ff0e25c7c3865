#include "reports/CandidateCsvExport.h"
#include "reports/CandidateFileImport.h"
#include "reports/CandidateImportPlan.h"
#include "reports/CandidateImportFields.h"
#include "reports/ColumnMappingProposal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The mapping proposed from a header's titles alone: the app's own columns by name, a call's form export by
// its known titles (in CSV, XLSX and ODS, each field's column asserted), a title inside a long question, a
// column never given to two fields, and the columns no field holds kept as the candidates' other answers.
class TestColumnMappingProposal : public QObject
{
    Q_OBJECT

private slots:
    void formExportInEveryFormat_data();
    void formExportInEveryFormat();
    void formExportKeepsTheOtherAnswers();
    void appOwnColumnsByName();
    void titleInsideALongQuestion_data();
    void titleInsideALongQuestion();
    void columnNeverTwice();
    void settingAColumnTakesItFromTheOtherField();
    void unmappedRequiredFieldIsAProblem();
    void formExportOrOwnColumns_data();
    void formExportOrOwnColumns();
    void fileNumberTwiceInTheFile();
};

namespace {

using Source = ColumnMapping::Source;

QString formFile(const QString &format)
{
    return format == QLatin1String("csv")
               ? QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/sources/formulaire/Export.csv")
               : QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/formulaire.") + format;
}

// "field=column/source" for every field, in field order: one string to compare, that names what differs.
QString describe(const ColumnMapping &mapping)
{
    static const QHash<Source, QString> sources{
        {Source::None, QStringLiteral("none")},       {Source::Exact, QStringLiteral("exact")},
        {Source::Synonym, QStringLiteral("synonym")}, {Source::Contained, QStringLiteral("contained")},
        {Source::Saved, QStringLiteral("saved")},     {Source::Given, QStringLiteral("given")}};
    QStringList parts;
    for (const CandidateImportFields::Field &field : CandidateImportFields::all())
        parts.append(QStringLiteral("%1=%2/%3")
                         .arg(field.french)
                         .arg(mapping.column(field.field))
                         .arg(sources.value(mapping.source(field.field))));
    return parts.join(QLatin1Char(' '));
}

} // namespace

void TestColumnMappingProposal::formExportInEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("ods") << QStringLiteral("ods");
}

void TestColumnMappingProposal::formExportInEveryFormat()
{
    QFETCH(QString, format);
    const CandidateCsvParse parsed = CandidateFileImport::parseFile(formFile(format), QString(), CofinancingRule(), {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    // Numéro de dossier;E-mail;Date de dépôt;État du dossier;Nom du projet;Administration porteuse;Incubateur de
    // rattachement;Type de candidature;Phase du projet;Budget annuel du projet (€);Quel est le montant demandé au
    // FAST pour l’année ?;Décrivez le problème public…;Combien d’usagers…
    QCOMPARE(describe(parsed.mapping),
             QStringLiteral("projet=4/synonym administration=5/synonym incubateur=6/synonym type=7/synonym "
                            "phase=8/synonym budget_annuel=9/synonym montant_demande=10/contained "
                            "description=-1/none decision=-1/none montant_accorde=-1/none numero_dossier=0/synonym "
                            "email_contact=1/synonym"));
    QCOMPARE(parsed.columns.size(), 13);
    QCOMPARE(parsed.columns.at(4).title, QStringLiteral("Nom du projet"));
    QCOMPARE(parsed.columns.at(4).samples, QStringList({QStringLiteral("Aides Jeunes"), QStringLiteral("DossierFacile"),
                                                        QString::fromUtf8("Zéro Logement Vacant")}));
    // Envergo answered nothing to the last question: its first three values skip the empty cell.
    QCOMPARE(parsed.columns.at(12).samples,
             QStringList({QStringLiteral("120 000 simulations par mois"), QStringLiteral("35 000 dossiers par mois"),
                          QStringLiteral("400 collectivités")}));
    QCOMPARE(parsed.candidates.size(), 7);
    const Candidate &first = parsed.candidates.constFirst();
    QCOMPARE(first.reference, QStringLiteral("13-0412"));
    QCOMPARE(first.contactEmail, QStringLiteral("equipe@aides-jeunes.beta.gouv.fr"));
    QCOMPARE(first.name, QStringLiteral("Aides Jeunes"));
    QCOMPARE(first.carrier, QStringLiteral("DJEPVA"));
    QCOMPARE(first.incubator, QString::fromUtf8("Fabrique numérique des ministères sociaux"));
    QCOMPARE(first.kind, CandidateKind::Product);
    QCOMPARE(first.phase, Phase::Acceleration);
    QCOMPARE(first.annualBudget, Money::fromEuros(400000));
    QCOMPARE(first.requested, Money::fromEuros(150000));
    const Candidate &culture = parsed.candidates.at(4);
    QCOMPARE(culture.kind, CandidateKind::Incubator);
    QCOMPARE(culture.phase, Phase::Unspecified);
    QCOMPARE(culture.annualBudget, Money::fromEuros(1000000));
    QCOMPARE(parsed.candidates.constLast().reference, QStringLiteral("13-0447"));
}

void TestColumnMappingProposal::formExportKeepsTheOtherAnswers()
{
    const CandidateCsvParse parsed =
        CandidateFileImport::parseFile(formFile(QStringLiteral("csv")), QString(), CofinancingRule(), {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    const CandidateExtraFields expected{
        {QString::fromUtf8("Date de dépôt"), QStringLiteral("02/03/2026")},
        {QString::fromUtf8("État du dossier"), QStringLiteral("en instruction")},
        {QString::fromUtf8("Décrivez le problème public auquel répond le projet"),
         QStringLiteral("Les jeunes ne connaissent pas les aides auxquelles ils ont droit")},
        {QString::fromUtf8("Combien d’usagers le service touche-t-il aujourd’hui ?"),
         QStringLiteral("120 000 simulations par mois")}};
    QCOMPARE(parsed.candidates.constFirst().extraFields, expected);
    // An empty answer is no answer: Envergo has three.
    QCOMPARE(parsed.candidates.at(3).extraFields.size(), 3);
    QCOMPARE(parsed.candidates.at(3).extraFields.constLast().name,
             QString::fromUtf8("Décrivez le problème public auquel répond le projet"));
}

void TestColumnMappingProposal::appOwnColumnsByName()
{
    const QStringList header = CandidateCsvExport::columnNames();
    const ColumnMapping mapping = ColumnMappingProposal::propose(header);
    for (int field = 0; field < CandidateImportFields::count(); ++field) {
        QCOMPARE(mapping.columnOf.at(field), field);
        QCOMPARE(mapping.sourceOf.at(field), Source::Exact);
    }
    // English names, any case, spaces for underscores.
    const ColumnMapping english = ColumnMappingProposal::propose(
        {QStringLiteral("Annual Budget"), QStringLiteral("NAME"), QStringLiteral("file number")});
    QCOMPARE(english.column(CandidateField::AnnualBudget), 0);
    QCOMPARE(english.column(CandidateField::Name), 1);
    QCOMPARE(english.column(CandidateField::Reference), 2);
    QCOMPARE(english.source(CandidateField::Reference), Source::Exact);
}

void TestColumnMappingProposal::titleInsideALongQuestion_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("source");

    QTest::newRow("requested in a question") << QString::fromUtf8("Quel est le montant demandé au FAST pour l'année ?")
                                             << int(CandidateField::Requested) << int(Source::Contained);
    QTest::newRow("typographic apostrophe") << QString::fromUtf8("Quel est le montant sollicité pour l’année ?")
                                            << int(CandidateField::Requested) << int(Source::Contained);
    // Punctuation and units are no part of a title: "Budget annuel (€)" is the column "budget_annuel" by name.
    QTest::newRow("budget with its unit")
        << QString::fromUtf8("Budget annuel (€)") << int(CandidateField::AnnualBudget) << int(Source::Exact);
    QTest::newRow("carrier in a question") << QString::fromUtf8("Quelle est l’administration porteuse du projet ?")
                                           << int(CandidateField::Carrier) << int(Source::Contained);
    QTest::newRow("e-mail in capitals") << QStringLiteral("COURRIEL") << int(CandidateField::ContactEmail)
                                        << int(Source::Synonym);
    QTest::newRow("file number sign") << QString::fromUtf8("N° dossier") << int(CandidateField::Reference)
                                      << int(Source::Synonym);
    // A one-word title is matched whole only: "Dossier" does not take the file's state.
    QTest::newRow("one word never inside") << QString::fromUtf8("État du dossier") << -1 << int(Source::None);
}

void TestColumnMappingProposal::titleInsideALongQuestion()
{
    QFETCH(QString, title);
    QFETCH(int, field);
    QFETCH(int, source);
    const ColumnMapping mapping = ColumnMappingProposal::propose({QStringLiteral("Date de dépôt"), title});
    QCOMPARE(mapping.fieldAt(1), field);
    if (field >= 0)
        QCOMPARE(int(mapping.source(CandidateField(field))), source);
    QCOMPARE(mapping.fieldAt(0), -1);
}

void TestColumnMappingProposal::columnNeverTwice()
{
    // "Montant demandé" is the requested amount by name; the longer question holding the same words is then
    // left to no field rather than read twice, and "Nom du projet" does not take the name "projet" already has.
    const ColumnMapping mapping =
        ColumnMappingProposal::propose({QStringLiteral("Nom du projet"), QString::fromUtf8("Montant demandé au FAST"),
                                        QStringLiteral("projet"), QString::fromUtf8("Montant demandé")});
    QCOMPARE(mapping.column(CandidateField::Name), 2);
    QCOMPARE(mapping.source(CandidateField::Name), Source::Exact);
    QCOMPARE(mapping.column(CandidateField::Requested), 3);
    QCOMPARE(mapping.fieldAt(0), -1);
    QCOMPARE(mapping.fieldAt(1), -1);
    QList<int> used;
    for (const int column : mapping.columnOf) {
        if (column >= 0) {
            QVERIFY2(!used.contains(column), qPrintable(QString::number(column)));
            used.append(column);
        }
    }
    QCOMPARE(used.size(), 2);
}

void TestColumnMappingProposal::settingAColumnTakesItFromTheOtherField()
{
    ColumnMapping mapping = ColumnMappingProposal::propose(CandidateCsvExport::columnNames());
    mapping.set(CandidateField::Description, 0, Source::Given);
    QCOMPARE(mapping.column(CandidateField::Description), 0);
    QCOMPARE(mapping.source(CandidateField::Description), Source::Given);
    QCOMPARE(mapping.column(CandidateField::Name), -1);
    QCOMPARE(mapping.source(CandidateField::Name), Source::None);
    QCOMPARE(mapping.fieldAt(7), -1); // the description's old column now holds nothing
}

void TestColumnMappingProposal::unmappedRequiredFieldIsAProblem()
{
    const QString path = formFile(QStringLiteral("csv"));
    ColumnMapping mapping = CandidateFileImport::parseFile(path, QString(), CofinancingRule(), {}).mapping;
    mapping.set(CandidateField::AnnualBudget, -1, Source::Given);
    CandidateFileImport::MappingChoice choice;
    choice.given = mapping;
    const CandidateCsvParse parsed = CandidateFileImport::parseFile(path, QString(), CofinancingRule(), {}, choice);
    QCOMPARE(parsed.messages(),
             QStringList{path + QString::fromUtf8(
                                    ":1: no column is mapped to the required field « Annual budget »; the file's "
                                    "columns are \"Numéro de dossier\", \"E-mail\", \"Date de dépôt\", \"État du "
                                    "dossier\", \"Nom du projet\", \"Administration porteuse\", \"Incubateur de "
                                    "rattachement\", \"Type de candidature\", \"Phase du projet\", \"Budget annuel "
                                    "du projet (€)\", \"Quel est le montant demandé au FAST pour l’année ?\", "
                                    "\"Décrivez le problème public auquel répond le projet\", \"Combien d’usagers "
                                    "le service touche-t-il aujourd’hui ?\"")});
    QVERIFY(parsed.candidates.isEmpty());
    QCOMPARE(parsed.mapping, mapping); // the preview shows the mapping it was given
}

void TestColumnMappingProposal::formExportOrOwnColumns_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<bool>("form");

    QTest::newRow("own columns") << QStringList{QStringLiteral("projet"), QStringLiteral("administration"),
                                                QStringLiteral("budget_annuel"), QStringLiteral("montant_demande"),
                                                QStringLiteral("montant")}
                                 << false;
    QTest::newRow("own columns with the file number") << CandidateCsvExport::columnNames() << true;
    QTest::newRow("a form's titles") << QStringList{QStringLiteral("Nom du projet"),
                                                    QStringLiteral("Administration porteuse")}
                                     << true;
    QTest::newRow("JSON given as CSV") << QStringList{QStringLiteral("[{\"projet\": \"Mano\""),
                                                      QStringLiteral("\"budget_annuel\": 400000}]")}
                                       << false;
}

void TestColumnMappingProposal::formExportOrOwnColumns()
{
    // A header of the app's own columns is read by their names, an unknown column refused as before; a form's
    // export is read through the proposal, its unknown columns kept as answers.
    QFETCH(QStringList, header);
    QFETCH(bool, form);
    QCOMPARE(ColumnMappingProposal::readsAFormExport(ColumnMappingProposal::propose(header)), form);
    QCOMPARE(CandidateFileImport::mappingFor(header, {}).has_value(), form);
}

void TestColumnMappingProposal::fileNumberTwiceInTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("form.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Num\xC3\xA9ro de dossier;Nom du projet;Administration porteuse;Budget annuel;Montant sollicit\xC3\xA9\n"
               "13-0412;Aides Jeunes;DJEPVA;400000;150000\n"
               "13-0415;DossierFacile;DHUP;500000;250000\n"
               "13-0412;Envergo;DGALN;300000;100000\n");
    file.close();
    // The rows read through the proposal, file numbers included; the plan, which every import goes
    // through, reports the second one with its line, beside its other problems.
    const CandidateCsvParse parsed = CandidateFileImport::parseFile(path, QString(), CofinancingRule(), {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.candidates.at(2).reference, QStringLiteral("13-0412"));
    const CandidateImportPlan plan = CandidateImportPlan::build({}, parsed, CofinancingRule(), path);
    QCOMPARE(plan.messages(), QStringList{path + QStringLiteral(":4: the file number 13-0412 is already on line 2")});
}

QTEST_GUILESS_MAIN(TestColumnMappingProposal)
#include "tst_columnmappingproposal.moc"
