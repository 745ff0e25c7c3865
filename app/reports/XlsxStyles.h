#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class SpreadsheetZip;

// What an XLSX workbook's cell styles say about its numbers: a date, a time of day, or a plain number.
// XLSX stores a date as a number (days since 1899-12-30) and tells it apart only by the number format of
// the cell's style, a built-in one (14 to 22, 45 to 47) or a format code of the file's own ("dd/mm/yyyy").
class XlsxStyles
{
    Q_DECLARE_TR_FUNCTIONS(XlsxStyles)

public:
    enum class Kind { Number, Date, Time };

    // Reads the styles part; no part (a workbook may have none) means every number is a number.
    static Result<XlsxStyles> read(SpreadsheetZip &zip, const QString &member);
    // The kind of the numbers of cells with the style index s="N".
    Kind kindOf(int styleIndex) const { return m_kinds.value(styleIndex, Kind::Number); }
    // The kind a number format's code shows: dates have days or years, times hours or seconds.
    static Kind kindOfFormatCode(const QString &code);

private:
    QList<Kind> m_kinds; // per cell style (cellXfs), in order
};
