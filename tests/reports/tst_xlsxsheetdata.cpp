#include "reports/XlsxSheetData.h"

#include <QTest>

// XlsxSheetData reads a large sheet in pieces: the pieces must give exactly the rows of one piece, cut
// only before a <row> that numbers itself, never when the part could read differently in pieces (another
// encoding, a DTD, comments or CDATA among the rows), and report a damaged piece as the whole part would.
class TestXlsxSheetData : public QObject
{
    Q_OBJECT

private slots:
    void piecesGiveTheRowsOfOnePiece_data();
    void piecesGiveTheRowsOfOnePiece();
    void cutsOnlyBeforeNumberedRows();
    void readInOnePiece_data();
    void readInOnePiece();
    void damagedPieceIsTheWholePartsError();
    void rowPastTheLastInALaterPiece();
};

namespace {

const QString member = QStringLiteral("xl/worksheets/sheet1.xml");

// A sheet of rows 2..rows+1 with every kind of cell, the elements under prefix ("" or "x:"); every
// seventh row gives no row number (it follows the one before), every fifth cell no reference.
QByteArray sheetOf(int rows, const QByteArray &prefix = QByteArray(), const QByteArray &declaration = QByteArray())
{
    const QByteArray p = prefix;
    QByteArray xml = declaration.isNull()
                         ? QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                         : declaration;
    xml += "<" + p + "worksheet xmlns" + (p.isEmpty() ? QByteArray() : ":" + p.chopped(1)) +
           "=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><" + p + "sheetData>";
    for (int r = 2; r < rows + 2; ++r) {
        const QByteArray number = QByteArray::number(r);
        xml += r % 7 == 0 ? "<" + p + "row spans=\"1:4\">" : "<" + p + "row r=\"" + number + "\" spans=\"1:4\">";
        xml += "<" + p + "c r=\"A" + number + "\" t=\"s\"><" + p + "v>" + QByteArray::number(r % 50) + "</" + p +
               "v></" + p + "c>";
        xml += "<" + p + "c r=\"B" + number + "\" s=\"3\"><" + p + "v>" + QByteArray::number(r * 1250) + ".5</" + p +
               "v></" + p + "c>";
        xml += "<" + p + "c r=\"C" + number + "\" t=\"inlineStr\"><" + p + "is><" + p + "r><" + p + "t>Projet &amp; " +
               number + "</" + p + "t></" + p + "r><" + p + "rPh><" + p + "t>ignored</" + p + "t></" + p + "rPh></" +
               p + "is></" + p + "c>";
        if (r % 5 != 0)
            xml += "<" + p + "c r=\"D" + number + "\" t=\"str\"><" + p + "f>A1</" + p + "f><" + p + "v>é " + number +
                   "</" + p + "v></" + p + "c>";
        else
            xml += "<" + p + "c t=\"b\"><" + p + "v>1</" + p + "v></" + p + "c>";
        xml += "</" + p + "row>";
    }
    xml += "</" + p + "sheetData><" + p + "mergeCells count=\"0\"/></" + p + "worksheet>";
    return xml;
}

// The rows as text, one line each, to compare whole sheets at once.
QStringList described(const QList<XlsxSheetData::Row> &rows)
{
    QStringList lines;
    for (const XlsxSheetData::Row &row : rows) {
        QString line = QString::number(row.number) + QLatin1Char(':');
        for (const XlsxSheetData::Cell &cell : row.cells)
            line += QStringLiteral(" %1/%2/%3/%4/%5/%6")
                        .arg(cell.column)
                        .arg(int(cell.type))
                        .arg(cell.style)
                        .arg(cell.value, cell.inlineText)
                        .arg(int(cell.isInline));
        lines.append(line);
    }
    return lines;
}

} // namespace

void TestXlsxSheetData::piecesGiveTheRowsOfOnePiece_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<int>("expectedCuts");
    // 6 000 rows make a sheet of about 2.4 MB: room for eight pieces of the minimum size.
    QTest::newRow("two pieces") << QByteArray() << 2 << 1;
    QTest::newRow("eight pieces") << QByteArray() << 8 << 7;
    QTest::newRow("prefixed elements") << QByteArray("x:") << 4 << 3;
}

void TestXlsxSheetData::piecesGiveTheRowsOfOnePiece()
{
    QFETCH(QByteArray, prefix);
    QFETCH(int, pieces);
    QFETCH(int, expectedCuts);
    const QByteArray sheet = sheetOf(6000, prefix);
    const QList<qsizetype> cuts = XlsxSheetData::cutPoints(sheet, pieces);
    QCOMPARE(cuts.size(), expectedCuts);
    for (const qsizetype cut : cuts)
        QVERIFY2(sheet.mid(cut).startsWith("<" + prefix + "row r=\""), sheet.mid(cut, 40).constData());

    const Result<QList<XlsxSheetData::Row>> whole = XlsxSheetData::read(sheet, member, SpreadsheetLimits(), 1);
    const Result<QList<XlsxSheetData::Row>> inPieces = XlsxSheetData::read(sheet, member, SpreadsheetLimits(), pieces);
    QVERIFY2(whole.ok(), qPrintable(whole.error()));
    QVERIFY2(inPieces.ok(), qPrintable(inPieces.error()));
    QCOMPARE(whole.value().size(), 6000);
    QCOMPARE(described(whole.value()).mid(0, 2),
             QStringList({QStringLiteral("2: 0/1/0/2//0 1/0/3/2500.5//0 2/3/0//Projet & 2/1 3/2/0/é 2//0"),
                          QStringLiteral("3: 0/1/0/3//0 1/0/3/3750.5//0 2/3/0//Projet & 3/1 3/2/0/é 3//0")}));
    // Row 5's fourth cell has no reference: it follows C; row 7 has no number: it follows row 6.
    QCOMPARE(described(whole.value()).at(3),
             QStringLiteral("5: 0/1/0/5//0 1/0/3/6250.5//0 2/3/0//Projet & 5/1 3/4/0/1//0"));
    QCOMPARE(whole.value().at(5).number, 7);
    QCOMPARE(described(inPieces.value()), described(whole.value()));
}

void TestXlsxSheetData::cutsOnlyBeforeNumberedRows()
{
    // Every row of the middle third without its number: the cut moves on to the first numbered row after it.
    QByteArray sheet = sheetOf(6000);
    const qsizetype third = sheet.size() / 3;
    QByteArray middle = sheet.mid(third, third);
    middle.replace("<row r=\"", "<row data-r=\"");
    sheet = sheet.left(third) + middle + sheet.mid(2 * third);
    const QList<qsizetype> cuts = XlsxSheetData::cutPoints(sheet, 2);
    QCOMPARE(cuts.size(), 1);
    QVERIFY(cuts.constFirst() >= 2 * third);
    QVERIFY(sheet.mid(cuts.constFirst()).startsWith("<row r=\""));
    const Result<QList<XlsxSheetData::Row>> whole = XlsxSheetData::read(sheet, member, SpreadsheetLimits(), 1);
    const Result<QList<XlsxSheetData::Row>> inPieces = XlsxSheetData::read(sheet, member, SpreadsheetLimits(), 2);
    QVERIFY(whole.ok() && inPieces.ok());
    QCOMPARE(described(inPieces.value()), described(whole.value()));
}

void TestXlsxSheetData::readInOnePiece_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::newRow("small sheet") << sheetOf(300);
    QTest::newRow("UTF-16 declared") << sheetOf(6000, QByteArray(),
                                                "<?xml version=\"1.0\" encoding=\"UTF-16\" standalone=\"yes\"?>\n");
    QTest::newRow("Latin-1 declared") << sheetOf(6000, QByteArray(), "<?xml version='1.0' encoding='ISO-8859-1'?>\n");
    QTest::newRow("a DTD") << sheetOf(6000, QByteArray(),
                                      "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY e \"x\">]>\n");
    QByteArray comment = sheetOf(6000);
    comment.replace("<row r=\"4000\"", "<!-- <row r=\"1\"> --><row r=\"4000\"");
    QTest::newRow("a comment among the rows") << comment;
    QByteArray cdata = sheetOf(6000);
    cdata.replace("<v>é 4001</v>", "<v><![CDATA[<row r=\"9\">]]></v>");
    QTest::newRow("CDATA among the rows") << cdata;
    QByteArray empty = sheetOf(6000);
    empty.replace("<sheetData>", "<sheetData/><sheetDataX>");
    QTest::newRow("no rows") << empty;
}

void TestXlsxSheetData::readInOnePiece()
{
    QFETCH(QByteArray, sheet);
    QCOMPARE(XlsxSheetData::cutPoints(sheet, 8), QList<qsizetype>());
}

void TestXlsxSheetData::damagedPieceIsTheWholePartsError()
{
    // A tag left open in the last third: the piece that holds it fails, as the whole part does.
    QByteArray sheet = sheetOf(6000);
    sheet.replace("<v>é 5001</v>", "<v>é 5001</w>");
    const Result<QList<XlsxSheetData::Row>> whole = XlsxSheetData::read(sheet, member, SpreadsheetLimits(), 1);
    const Result<QList<XlsxSheetData::Row>> inPieces = XlsxSheetData::read(sheet, member, SpreadsheetLimits(), 4);
    QVERIFY(!whole.ok());
    QVERIFY(!inPieces.ok());
    QCOMPARE(whole.error(),
             QStringLiteral("the file is damaged: its part \"xl/worksheets/sheet1.xml\" cannot be read as XML"));
    QCOMPARE(inPieces.error(), whole.error());
}

void TestXlsxSheetData::rowPastTheLastInALaterPiece()
{
    SpreadsheetLimits limits;
    limits.maxRows = 5000;
    const QByteArray sheet = sheetOf(6000);
    const Result<QList<XlsxSheetData::Row>> inPieces = XlsxSheetData::read(sheet, member, limits, 4);
    QVERIFY(!inPieces.ok());
    QCOMPARE(inPieces.error(), QStringLiteral("the sheet has a row 5001, past the last row a spreadsheet has (5000)"));
}

QTEST_GUILESS_MAIN(TestXlsxSheetData)
#include "tst_xlsxsheetdata.moc"
