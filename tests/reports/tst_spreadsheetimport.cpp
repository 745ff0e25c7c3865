#include "domain/TextKey.h"
#include "reports/CandidateFileImport.h"
#include "reports/CandidateSpreadsheetImport.h"

#include <QTest>

// The candidate import of XLSX and ODS files (CandidateSpreadsheetImport, reached through
// CandidateFileImport as the window and the command line reach it) on the files LibreOffice saved in
// tests/data/spreadsheets: the exact candidates of each, the header found under a title block, amounts
// typed as numbers or as text, the sheet chosen by name, and every refused kind with its exact message.
class TestSpreadsheetImport : public QObject
{
    Q_OBJECT

private slots:
    void importsTheCandidates_data();
    void importsTheCandidates();
    void problemsNameSheetRowAndColumn();
    void sheetChosenByName();
    void refused_data();
    void refused();
    void existingNamesAreChecked();
    void csvStillReadAsCsv();
};

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/") + name;
}

// One candidate as "name|carrier|kind|budget|requested|decision|granted", amounts in cents.
QString describe(const Candidate &candidate)
{
    return QStringList{candidate.name,
                       candidate.carrier,
                       candidateKindDisplayName(candidate.kind),
                       QString::number(candidate.annualBudget.cents()),
                       QString::number(candidate.requested.cents()),
                       candidate.decision == Decision::None ? QString() : decisionDisplayName(candidate.decision),
                       QString::number(candidate.granted.cents())}
        .join(QLatin1Char('|'));
}

QStringList describeAll(const CandidateCsvParse &parsed)
{
    QStringList rows;
    for (const Candidate &candidate : parsed.candidates)
        rows.append(describe(candidate));
    return rows;
}

CandidateCsvParse parse(const QString &file, const QString &sheet = QString())
{
    return CandidateFileImport::parseFile(fixture(file), sheet, CofinancingRule(), {});
}

} // namespace

void TestSpreadsheetImport::importsTheCandidates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QList<int>>("lines");

    const QString product = candidateKindDisplayName(CandidateKind::Product);
    const QString incubator = candidateKindDisplayName(CandidateKind::Incubator);
    const QString laureate = decisionDisplayName(Decision::Laureate);
    const QString waitlist = decisionDisplayName(Decision::Waitlist);
    const QString rejected = decisionDisplayName(Decision::Rejected);
    const QStringList appColumns{
        QStringLiteral("Aides Jeunes|DJEPVA|%1|120000000|30000000|%2|30000000").arg(product, laureate),
        QStringLiteral("DossierFacile|DHUP|%1|50000000|25000000|%2|0").arg(product, waitlist),
        QStringLiteral("Incubateur des territoires|ANCT|%1|200000000|60000000|%2|0").arg(incubator, rejected),
        QString::fromUtf8("Zéro Logement Vacant|DHUP|%1|40000000|25000000|%2|19999950").arg(product, laureate)};
    for (const char *extension : {"xlsx", "ods"}) {
        const QString suffix = QLatin1Char('.') + QLatin1String(extension);
        QTest::addRow("app's columns %s", extension)
            << QStringLiteral("candidatures") + suffix << appColumns << QList<int>{2, 3, 4, 5};
        // 250000 typed as a number and "250 000 €" typed as text are the same 250 000,00 €.
        QTest::addRow("amounts as text %s", extension)
            << QStringLiteral("montants-texte") + suffix
            << QStringList{appColumns.at(0), appColumns.at(1), appColumns.at(3)} << QList<int>{2, 3, 4};
        QTest::addRow("amounts as numbers %s", extension)
            << QStringLiteral("montants-nombres") + suffix
            << QStringList{appColumns.at(0), appColumns.at(1),
                           QStringLiteral("Petit Projet|DINUM|%1|1000000|123450||0").arg(product), appColumns.at(3)}
            << QList<int>{2, 3, 4, 5};
        // The header on row 3 under a title block; the empty row 6 is skipped, row 7 keeps its number.
        QTest::addRow("header on row 3 %s", extension)
            << QStringLiteral("titre") + suffix
            << QStringList{QString::fromUtf8("Réfugiés.info|Délégation interministérielle à l’accueil et à "
                                             "l’intégration des réfugiés|%1|60000000|25000000||0")
                               .arg(product),
                           QString::fromUtf8("L’Œuvre en ligne|Ministère de la Culture|%1|100000000|40000000||0")
                               .arg(incubator),
                           QString::fromUtf8("Envergo|Ministère de la Transition écologique|%1|38000050|15000000||0")
                               .arg(product)}
            << QList<int>{4, 5, 7};
    }
}

void TestSpreadsheetImport::importsTheCandidates()
{
    QFETCH(QString, file);
    QFETCH(QStringList, candidates);
    QFETCH(QList<int>, lines);
    const CandidateCsvParse parsed = parse(file);
    QCOMPARE(parsed.messages(), QStringList());
    QCOMPARE(describeAll(parsed), candidates);
    QCOMPARE(parsed.lines, lines);
    QCOMPARE(parsed.sheetName, QStringLiteral("Candidatures"));
    QCOMPARE(parsed.sheetNames, QStringList{QStringLiteral("Candidatures")});
}

void TestSpreadsheetImport::problemsNameSheetRowAndColumn()
{
    for (const QString &file : {QStringLiteral("erreurs.xlsx"), QStringLiteral("erreurs.ods")}) {
        const CandidateCsvParse parsed = parse(file);
        QVERIFY(parsed.candidates.isEmpty());
        QCOMPARE(parsed.problems.size(), 1);
        const CsvProblem &problem = parsed.problems.constFirst();
        QCOMPARE(problem.sheet, QStringLiteral("Candidatures"));
        QCOMPARE(problem.line, 7);
        QCOMPARE(problem.columnIndex, 3);
        QCOMPARE(problem.columnLabel(), QString::fromUtf8("D (Montant demandé)"));
        QCOMPARE(problem.toString(),
                 fixture(file) + QString::fromUtf8(": Sheet \"Candidatures\", row 7, column D (Montant demandé): The "
                                                   "amount \"cent cinquante mille\" contains letters: only digits, "
                                                   "spaces, a decimal comma and € are accepted."));
    }
}

void TestSpreadsheetImport::sheetChosenByName()
{
    for (const QString &file : {QStringLiteral("entete-fusionne.xlsx"), QStringLiteral("entete-fusionne.ods")}) {
        // The first sheet is a note, not the candidates: its first row is taken as the header and refused.
        const CandidateCsvParse first = parse(file);
        QCOMPARE(first.sheetName, QStringLiteral("Lisez-moi"));
        QCOMPARE(first.sheetNames, QStringList({QStringLiteral("Lisez-moi"), QStringLiteral("Candidatures")}));
        QVERIFY(!first.ok());
        QCOMPARE(first.problems.constFirst().toString(),
                 fixture(file) + QStringLiteral(": Sheet \"Lisez-moi\", row 1, column A (Export du formulaire FAST): "
                                                "unknown column; the accepted columns are projet/name, "
                                                "administration/carrier, incubateur/incubator, type/kind, phase, "
                                                "budget_annuel/annual_budget, montant_demande/requested, "
                                                "description, decision, montant_accorde/granted, "
                                                "numero_dossier/file_number, email_contact/contact_email"));

        // The candidates' sheet: a merged title above, the header on row 3 with a merged "Description".
        const CandidateCsvParse chosen = parse(file, QStringLiteral("Candidatures"));
        QCOMPARE(chosen.messages(), QStringList());
        QCOMPARE(chosen.sheetName, QStringLiteral("Candidatures"));
        const QString product = candidateKindDisplayName(CandidateKind::Product);
        QCOMPARE(describeAll(chosen),
                 QStringList({QStringLiteral("Aides Jeunes|DJEPVA|%1|120000000|30000000||0").arg(product),
                              QStringLiteral("DossierFacile|DHUP|%1|50000000|25000000||0").arg(product)}));
        QCOMPARE(chosen.candidates.constFirst().description,
                 QString::fromUtf8("Simulateur d’aides, pour les 16-30 ans"));
        QCOMPARE(chosen.lines, QList<int>({4, 5}));
    }
}

void TestSpreadsheetImport::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    const QString password = QStringLiteral("the file is protected by a password or is in the old .xls format: save "
                                            "it as .xlsx or .ods without a password, then import it again");
    const QString damaged = QStringLiteral("the file is damaged or incomplete (its zip cannot be read): save it "
                                           "again from the spreadsheet, then import it again");
    const QString macros = QStringLiteral("the file holds macros, which are not imported: save it as .xlsx or .ods "
                                          "without macros, then import it again");
    QTest::newRow("old .xls (OLE, as an encrypted OOXML)") << "old-format.xls" << password;
    QTest::newRow("encrypted ODS") << "protected.ods" << password;
    QTest::newRow("truncated zip") << "truncated.xlsx" << damaged;
    QTest::newRow("damaged member") << "damaged.xlsx" << damaged;
    QTest::newRow("zip bomb") << "bomb.xlsx"
                              << "the member \"xl/worksheets/sheet1.xml\" inflates past 100 MiB, which no committee's "
                                 "spreadsheet does (a \"zip bomb\"): it was not read";
    QTest::newRow("too many members") << "many-members.xlsx"
                                      << "the file holds more than 10000 members, which no spreadsheet does: it was "
                                         "not read";
    QTest::newRow("xlsm") << "macros.xlsm"
                          << "the file is a macro-enabled workbook (.xlsm), which is not imported: save it as .xlsx "
                             "without macros, then import it again";
    QTest::newRow("vbaProject.bin") << "vba.xlsx" << macros;
    QTest::newRow("ODS Basic scripts") << "macros.ods" << macros;
    QTest::newRow("empty sheet xlsx") << "vide.xlsx"
                                      << "Sheet \"Sheet1\": the sheet is empty: choose the sheet that holds the "
                                         "candidates";
    QTest::newRow("empty sheet ods") << "vide.ods"
                                     << "Sheet \"Sheet1\": the sheet is empty: choose the sheet that holds the "
                                        "candidates";
}

void TestSpreadsheetImport::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const CandidateCsvParse parsed = parse(file);
    QVERIFY(parsed.candidates.isEmpty());
    QCOMPARE(parsed.messages(), QStringList{fixture(file) + QStringLiteral(": ") + message});
}

void TestSpreadsheetImport::existingNamesAreChecked()
{
    const CandidateCsvParse parsed =
        CandidateFileImport::parseFile(fixture(QStringLiteral("candidatures.ods")), QString(), CofinancingRule(),
                                       {TextKey::fold(QStringLiteral("dossierfacile"))});
    QVERIFY(parsed.candidates.isEmpty());
    QCOMPARE(parsed.messages(),
             QStringList{fixture(QStringLiteral("candidatures.ods")) +
                         QStringLiteral(": Sheet \"Candidatures\", row 3, column A (projet): \"DossierFacile\" is "
                                        "already a candidate of this promotion")});
}

void TestSpreadsheetImport::csvStillReadAsCsv()
{
    const CandidateCsvParse parsed = CandidateFileImport::parseFile(
        QStringLiteral(FAST_TEST_DATA_DIR "/csv/candidates_utf8_bom.csv"), QString(), CofinancingRule(), {});
    QVERIFY(parsed.sheetName.isEmpty());
    QVERIFY(parsed.sheetNames.isEmpty());
    QCOMPARE(parsed.encodingName, QStringLiteral("UTF-8 (BOM)"));
}

QTEST_GUILESS_MAIN(TestSpreadsheetImport)
#include "tst_spreadsheetimport.moc"
