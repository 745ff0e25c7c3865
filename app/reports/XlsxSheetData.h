#pragma once

#include "SpreadsheetLimits.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The cells of an XLSX sheet part's <sheetData>, as the file writes them (a shared string's index, a
// number's text, a type and a style), for XlsxSheetReader to turn into text once the shared strings and
// styles are read. Tokenising the XML is most of an XLSX import's time (QXmlStreamReader: three quarters
// of 10 000 rows), so a large sheet is read in as many pieces as the machine has cores, each piece a run
// of whole <row> elements parsed by its own QXmlStreamReader, and the pieces joined in order. A sheet is
// cut only where a <row> tag with its own row number starts, and never when the part could read
// differently in pieces (another encoding than UTF-8, a DTD, comments, CDATA or processing instructions
// inside the rows): such a sheet, and any small one, is read in one piece, with the same result.
class XlsxSheetData
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetData)

public:
    // The t attribute: "s", "str", "inlineStr", "b", "e", "d"; none (or one unknown) is a number.
    enum class Type { Number, SharedString, FormulaString, InlineString, Boolean, Error, Date };
    struct Cell
    {
        int column = 0; // 0-based
        Type type = Type::Number;
        int style = 0;         // the s attribute: the index of the cell's format in the styles part
        QString value;         // the text of <v>
        QString inlineText;    // the text of <is>, runs joined, phonetic guides left out
        bool isInline = false; // the cell has an <is>
    };
    struct Row
    {
        int number = 0; // 1-based, as the sheet numbers it
        QList<Cell> cells;
    };

    // The rows in the order of the file; member names the part in the error ("the file is damaged: its
    // part "xl/worksheets/sheet1.xml" cannot be read as XML"). pieces is at most the number of threads to
    // use; 0 for as many as the machine has cores.
    static Result<QList<Row>> read(const QByteArray &sheet, const QString &member, const SpreadsheetLimits &limits,
                                   int pieces = 0);
    // Where the rows may be cut into at most `pieces` runs: the byte offsets of the <row> tags that start
    // the second and later runs, empty when the sheet is read in one piece. Public for the tests.
    static QList<qsizetype> cutPoints(const QByteArray &sheet, int pieces);
    // A sheet shorter than this is read in one piece: threads would cost more than they save.
    static constexpr qsizetype minimumPieceBytes = 128 * 1024;

private:
    static Result<QList<Row>> readPiece(const QByteArray &xml, const QString &member, const SpreadsheetLimits &limits);
};
