#include "reports/SpreadsheetReader.h"
#include "reports/SpreadsheetZip.h"
#include "reports/XlsxSheetReader.h"

#include "SpreadsheetTestData.h"
#include "TestSupport.h"

#include <QTest>

// XlsxSheetReader through SpreadsheetReader on the committed workbooks of tests/data/spreadsheets: the
// cells of each kind as text (shared and inline strings, rich runs without their phonetic guide, numbers
// as SpreadsheetNumber writes them, dates under a built-in or custom format, the 1904 system, booleans, a
// formula's saved text, an error), rows and columns where the sheet has them, a merged title in its first
// cell, and the sheets of a workbook in order.
class TestXlsxSheetReader : public QObject
{
    Q_OBJECT

private slots:
    void cellsOfEveryKind();
    void dateSystems_data();
    void dateSystems();
    void savedByLibreOffice();
    void mergedHeaderAndSheets();
    void missingSheet();
    void readsTheZipMembersItNeeds();
};

using SpreadsheetTestData::fixture;
using SpreadsheetTestData::readSheet;
using SpreadsheetTestData::row;

void TestXlsxSheetReader::cellsOfEveryKind()
{
    const CsvTable table = readSheet(fixture("inline-strings.xlsx"));
    QCOMPARE(table.sheetName, QStringLiteral("Cellules"));
    QCOMPARE(table.sheetNames, QStringList({QStringLiteral("Cellules"), QStringLiteral("Dates 1904")}));
    QCOMPARE(table.records.size(), 3);
    // Row 1 and row 3 are not in the sheet; column A of row 2 is empty and kept, so that B stays B; K4 (empty)
    // and L4 (blank text) hold nothing, so the table ends at J.
    QCOMPARE(table.records.at(0).line, 2);
    QCOMPARE(table.records.at(0).fields, row({"", "projet", "inline", "in runs", "", "", "", "", "", ""}));
    QCOMPARE(table.records.at(1).line, 4);
    // A4 rich runs (phonetic guide left out), B4 a date under dd/mm/yyyy, C4 a date and time under the
    // built-in 14, D4 250000 under "# ##0 €", E4 0.1+0.2's double, F4 an exponent, G4 a boolean, H4 a
    // formula's text, I4 a time under the built-in 20, J4 1234.5.
    QCOMPARE(table.records.at(1).fields, row({"Rich runs", "2026-03-15", "2026-03-15T18:00:00", "250000", "0,3",
                                              "250000", "TRUE", "formula text", "12:00:00", "1234,5"}));
    // A cell without a reference follows the one before it.
    QCOMPARE(table.records.at(2).line, 5);
    QCOMPARE(table.records.at(2).fields, row({"#N/A", "no reference", "", "", "", "", "", "", "", ""}));
}

void TestXlsxSheetReader::dateSystems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QStringList>("dates");
    // Serials 0 and 1: the 1900 system counts from 1899-12-31 before its phantom 29 February 1900, the 1904
    // system from 1904-01-01.
    QTest::newRow("1900") << fixture("inline-strings.xlsx") << QStringLiteral("Dates 1904")
                          << QStringList{QStringLiteral("1899-12-31"), QStringLiteral("1900-01-01")};
    QTest::newRow("1904") << fixture("inline-strings-1904.xlsx") << QString()
                          << QStringList{QStringLiteral("1904-01-01"), QStringLiteral("1904-01-02")};
}

void TestXlsxSheetReader::dateSystems()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QStringList, dates);
    const CsvTable table = readSheet(file, sheet);
    QCOMPARE(table.records.size(), 1);
    QCOMPARE(table.records.at(0).fields, dates);
}

void TestXlsxSheetReader::savedByLibreOffice()
{
    const CsvTable table = readSheet(fixture("candidatures.xlsx"));
    QCOMPARE(table.sheetNames, QStringList{QStringLiteral("Candidatures")});
    QCOMPARE(table.records.size(), 5);
    QCOMPARE(table.records.at(0).fields,
             row({"projet", "administration", "incubateur", "type", "phase", "budget_annuel", "montant_demande",
                  "description", "decision", "montant_accorde"}));
    QCOMPARE(table.records.at(1).fields,
             row({"Aides Jeunes", "DJEPVA", "Fabrique numérique des ministères sociaux", "produit", "consolidation",
                  "1200000", "300000", "Simulateur d’aides, pour les 16-30 ans", "laureate", "300000"}));
    QCOMPARE(table.records.at(4).line, 5);
    QCOMPARE(table.records.at(4).fields, row({"Zéro Logement Vacant", "DHUP", "", "produit", "construction", "400000",
                                              "250000", "", "laureate", "199999,5"}));

    // Typed as text, the amounts stay as the user typed them, for the money parser.
    const CsvTable text = readSheet(fixture("montants-texte.xlsx"));
    QCOMPARE(text.records.at(1).fields.mid(5, 2), row({"1 200 000 €", "300 000 €"}));
    QCOMPARE(text.records.at(3).fields.at(9), QString::fromUtf8("199 999,50 €"));

    // The title block's rows are rows 1 and 2, the header row 3; the empty row 6 is skipped.
    const CsvTable titled = readSheet(fixture("titre.xlsx"));
    QList<int> lines;
    for (const CsvRecord &record : titled.records)
        lines.append(record.line);
    QCOMPARE(lines, QList<int>({1, 2, 3, 4, 5, 7}));
    QCOMPARE(titled.records.at(0).fields.size(), 8);
    QCOMPARE(titled.records.at(0).fields.at(0),
             QString::fromUtf8("Appel à projets FAST 2026 – export des candidatures"));
    QCOMPARE(titled.records.at(5).fields.mid(0, 4),
             row({"Envergo", "Ministère de la Transition écologique", "380000,5", "150000"}));
}

void TestXlsxSheetReader::mergedHeaderAndSheets()
{
    const CsvTable first = readSheet(fixture("entete-fusionne.xlsx"));
    QCOMPARE(first.sheetName, QStringLiteral("Lisez-moi"));
    QCOMPARE(first.sheetNames, QStringList({QStringLiteral("Lisez-moi"), QStringLiteral("Candidatures")}));
    QCOMPARE(first.records.size(), 3);
    QCOMPARE(first.records.at(0).fields, row({"Export du formulaire FAST", ""}));
    QCOMPARE(first.records.at(1).fields, row({"Exporté le", "2026-03-15"}));
    QCOMPARE(first.records.at(2).fields, row({"Taux", "0,5"}));

    const CsvTable table = readSheet(fixture("entete-fusionne.xlsx"), QStringLiteral("Candidatures"));
    QCOMPARE(table.sheetName, QStringLiteral("Candidatures"));
    QCOMPARE(table.records.size(), 4);
    // The title merged over A1:H1 is in A1; the description merged over H3:I3 in H3, and column I, empty
    // everywhere else, is dropped.
    QCOMPARE(table.records.at(0).line, 1);
    QCOMPARE(table.records.at(0).fields, row({"Appel FAST 2026 – candidatures", "", "", "", "", "", "", ""}));
    QCOMPARE(table.records.at(1).line, 3);
    QCOMPARE(table.records.at(1).fields, row({"Projet", "Administration", "Type", "Phase", "Incubateur",
                                              "Budget annuel", "Montant demandé", "Description"}));
    QCOMPARE(table.records.at(2).fields, row({"Aides Jeunes", "DJEPVA", "produit", "consolidation", "", "1200000",
                                              "300000", "Simulateur d’aides, pour les 16-30 ans"}));
}

void TestXlsxSheetReader::missingSheet()
{
    CsvProblem problem;
    const Result<CsvTable> table =
        SpreadsheetReader::readFile(fixture("entete-fusionne.xlsx"), QStringLiteral("Feuil1"), &problem);
    QVERIFY(!table);
    QCOMPARE(problem.reason, QStringLiteral("the file has no sheet \"Feuil1\"; its sheets are \"Lisez-moi\", "
                                            "\"Candidatures\""));
    QCOMPARE(table.error(), fixture("entete-fusionne.xlsx") + QStringLiteral(": ") + problem.reason);
}

void TestXlsxSheetReader::readsTheZipMembersItNeeds()
{
    SpreadsheetZip zip{SpreadsheetLimits()};
    QVERIFY(zip.open(TestSupport::readFile(fixture("candidatures.xlsx"))));
    QVERIFY(zip.contains(QStringLiteral("xl/workbook.xml")));
    const Result<CsvTable> table = XlsxSheetReader::read(zip, QString(), SpreadsheetLimits());
    QVERIFY(table);
    QCOMPARE(table.value().records.size(), 5);
    // The limits are the reader's too: a sheet past its last row is refused, not laid out.
    SpreadsheetLimits small;
    small.maxRows = 4;
    const Result<CsvTable> refused = XlsxSheetReader::read(zip, QString(), small);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("the sheet has a row 5, past the last row a spreadsheet has (4)"));
}

QTEST_GUILESS_MAIN(TestXlsxSheetReader)
#include "tst_xlsxsheetreader.moc"
