#include "reports/OdsSheetReader.h"
#include "reports/SpreadsheetReader.h"
#include "reports/SpreadsheetZip.h"

#include "SpreadsheetTestData.h"
#include "TestSupport.h"

#include <QTest>

// OdsSheetReader through SpreadsheetReader on the ODS files LibreOffice saved in tests/data/spreadsheets:
// numbers from their office:value, text typed as text kept as typed, a date as an ISO date, a
// percentage as its value, rich text spans joined, merged cells in their first cell, a sheet's repeated
// empty tail never laid out, the rows of a title block where the sheet has them.
class TestOdsSheetReader : public QObject
{
    Q_OBJECT

private slots:
    void savedByLibreOffice();
    void amountsTypedAsText();
    void titleBlockRows();
    void mergedHeaderAndSheets();
    void missingSheet();
    void repeatedRowsWithinLimits();
};

using SpreadsheetTestData::fixture;
using SpreadsheetTestData::readSheet;
using SpreadsheetTestData::row;

void TestOdsSheetReader::savedByLibreOffice()
{
    const CsvTable table = readSheet(fixture("candidatures.ods"));
    QCOMPARE(table.sheetName, QStringLiteral("Candidatures"));
    QCOMPARE(table.sheetNames, QStringList{QStringLiteral("Candidatures")});
    // Four candidates under the header; LibreOffice's million empty rows after them are no records.
    QCOMPARE(table.records.size(), 5);
    QCOMPARE(table.records.at(0).line, 1);
    QCOMPARE(table.records.at(0).fields,
             row({"projet", "administration", "incubateur", "type", "phase", "budget_annuel", "montant_demande",
                  "description", "decision", "montant_accorde"}));
    QCOMPARE(table.records.at(3).fields, row({"Incubateur des territoires", "ANCT", "", "incubateur", "", "2000000",
                                              "600000", "Un incubateur « territorial »", "rejected", ""}));
    QCOMPARE(table.records.at(4).line, 5);
    QCOMPARE(table.records.at(4).fields, row({"Zéro Logement Vacant", "DHUP", "", "produit", "construction", "400000",
                                              "250000", "", "laureate", "199999,5"}));
}

void TestOdsSheetReader::amountsTypedAsText()
{
    const CsvTable text = readSheet(fixture("montants-texte.ods"));
    QCOMPARE(text.records.size(), 4);
    QCOMPARE(text.records.at(1).fields.mid(5, 2), row({"1 200 000 €", "300 000 €"}));
    QCOMPARE(text.records.at(3).fields.at(9), QString::fromUtf8("199 999,50 €"));
    const CsvTable numbers = readSheet(fixture("montants-nombres.ods"));
    QCOMPARE(numbers.records.at(3).fields,
             row({"Petit Projet", "DINUM", "", "produit", "", "10000", "1234,5", "", "", ""}));
}

void TestOdsSheetReader::titleBlockRows()
{
    const CsvTable titled = readSheet(fixture("titre.ods"));
    QList<int> lines;
    for (const CsvRecord &record : titled.records)
        lines.append(record.line);
    QCOMPARE(lines, QList<int>({1, 2, 3, 4, 5, 7}));
    QCOMPARE(titled.records.at(1).fields, row({"Exporté le 15/03/2026 à 18 h", "", "", "", "", "", "", ""}));
    QCOMPARE(titled.records.at(2).fields, row({"Projet", "Administration", "Budget annuel", "Montant demandé", "Type",
                                               "Phase", "Incubateur", "Description"}));
}

void TestOdsSheetReader::mergedHeaderAndSheets()
{
    const CsvTable first = readSheet(fixture("entete-fusionne.ods"));
    QCOMPARE(first.sheetName, QStringLiteral("Lisez-moi"));
    QCOMPARE(first.sheetNames, QStringList({QStringLiteral("Lisez-moi"), QStringLiteral("Candidatures")}));
    QCOMPARE(first.records.size(), 3);
    QCOMPARE(first.records.at(0).fields, row({"Export du formulaire FAST", ""}));
    QCOMPARE(first.records.at(1).fields, row({"Exporté le", "2026-03-15"}));
    QCOMPARE(first.records.at(2).fields, row({"Taux", "0,5"}));

    const CsvTable table = readSheet(fixture("entete-fusionne.ods"), QStringLiteral("Candidatures"));
    QCOMPARE(table.records.size(), 4);
    QCOMPARE(table.records.at(0).line, 1);
    QCOMPARE(table.records.at(0).fields, row({"Appel FAST 2026 – candidatures", "", "", "", "", "", "", ""}));
    QCOMPARE(table.records.at(1).line, 3);
    QCOMPARE(table.records.at(1).fields.at(7), QStringLiteral("Description"));
    QCOMPARE(table.records.at(2).fields, row({"Aides Jeunes", "DJEPVA", "produit", "consolidation", "", "1200000",
                                              "300000", "Simulateur d’aides, pour les 16-30 ans"}));
    QCOMPARE(table.records.at(3).line, 5);
}

void TestOdsSheetReader::missingSheet()
{
    CsvProblem problem;
    const Result<CsvTable> table =
        SpreadsheetReader::readFile(fixture("candidatures.ods"), QStringLiteral("Feuille1"), &problem);
    QVERIFY(!table);
    QCOMPARE(problem.reason, QStringLiteral("the file has no sheet \"Feuille1\"; its sheets are \"Candidatures\""));
}

void TestOdsSheetReader::repeatedRowsWithinLimits()
{
    SpreadsheetZip zip{SpreadsheetLimits()};
    QVERIFY(zip.open(TestSupport::readFile(fixture("candidatures.ods"))));
    // The sheet's empty tail repeats past any small limit; only rows with text count against it.
    SpreadsheetLimits small;
    small.maxRows = 5;
    const Result<CsvTable> table = OdsSheetReader::read(zip, QString(), small);
    QVERIFY(table);
    QCOMPARE(table.value().records.size(), 5);
    small.maxRows = 4;
    const Result<CsvTable> refused = OdsSheetReader::read(zip, QString(), small);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("the sheet has text past the last row a spreadsheet has (4)"));
}

QTEST_GUILESS_MAIN(TestOdsSheetReader)
#include "tst_odssheetreader.moc"
