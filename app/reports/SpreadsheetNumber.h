#pragma once

#include <QString>
#include <QStringView>

// The text a spreadsheet's number becomes in an imported table. XLSX and ODS store a number as the
// decimal text of a double ("250000", "1234.5", "2.5E+5", "0.30000000000000004"); the import reads it as
// that text, digit by digit, never through a double, so that 250000 is 250 000,00 € to the cent. It is
// rounded to 15 significant digits, which is what the spreadsheet itself shows (0.1+0.2 is shown 0.3),
// and written without exponent and with a decimal comma, so that the money parser reads it as the user
// saw it: "250000", "1234,5", "0,3". A value with more than two decimals keeps them, and the money
// parser refuses it rather than rounding an amount the user never saw.
class SpreadsheetNumber
{
public:
    // The number's text as described above, or a null string when the text is not a number.
    static QString toText(QStringView stored);
    // A date serial (days since 1899-12-30, or since 1904-01-01 for a 1904-based workbook) as an ISO
    // date "2026-03-15", with the time "2026-03-15T14:30:00" when it has one; null when not a date.
    static QString serialToIsoDate(QStringView stored, bool date1904);
    // The time of day of a serial's fraction, "14:30:00"; null when not a number.
    static QString serialToIsoTime(QStringView stored);
};
