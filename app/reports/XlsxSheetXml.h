#pragma once

#include "WorkbookSheet.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// One worksheet of an XLSX workbook as SpreadsheetML (xl/worksheets/sheetN.xml), for XlsxWorkbookWriter:
// the header row in the bold bordered style and frozen, the table under it with an autofilter over it,
// the totals after an empty row in bold, every column as wide as its widest value. Text goes to the
// workbook's shared strings and is always a string cell, never a formula; numbers are written as the
// decimal text of their exact value (an amount's cents never pass through a double).
class XlsxSheetXml
{
public:
    // The style indexes of XlsxWorkbookWriter's styles.xml (cellXfs): the header, then the plain and the
    // bold style of each kind of value.
    enum Style { Default = 0, Header = 1, FirstPlain = 2, FirstBold = 8 };

    // The shared strings of a workbook, in order of first use, each once.
    struct SharedStrings
    {
        QStringList strings;
        QHash<QString, int> index;
        int add(const QString &text);
    };

    // The worksheet's XML; selected marks the sheet the workbook opens on.
    static QByteArray write(const WorkbookSheet &sheet, bool selected, SharedStrings &strings);

    // "A", "Z", "AA"… for the 0-based column; "B7" for the 0-based row 6 and column 1.
    static QString columnName(qsizetype column);
    static QString cellReference(qsizetype row, qsizetype column);
    // The range the autofilter covers: the header and the table's rows ("A1:J13").
    static QString tableRange(const WorkbookSheet &sheet);
    // The cell's value as the file stores it: "1234567.89" for an amount, "73.3333333333333" for a score.
    static QString numberText(const WorkbookCell &cell);
    // XML 1.0 has no place for most control characters: they are written as SpreadsheetML's _xHHHH_.
    static QString xmlSafe(const QString &text);

    // The width given to a column (in the spreadsheet's character units) for the widest of its texts, the
    // header being bold and carrying the filter's button.
    static double columnWidth(qsizetype widestValue, qsizetype headerLength);
    // The text a cell shows in a French spreadsheet, to measure it: "300 000 €", "73,3", "37,5 %".
    static QString shownText(const WorkbookCell &cell);
};
