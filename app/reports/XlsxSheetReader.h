#pragma once

#include "CsvTable.h"
#include "SpreadsheetLimits.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class SpreadsheetZip;

// Reads one sheet of an XLSX workbook (Office Open XML, as Excel and LibreOffice save it) into the
// table the CSV import reads: the workbook's sheets in their order, the sheet's cells as text. Shared
// strings, inline strings and their rich-text runs (phonetic runs left out), numbers as SpreadsheetNumber
// writes them, cells styled as dates as ISO dates, formula cells as their saved value. Merged cells keep
// their value in the first cell only, which is where XLSX stores it. It reads the XML with
// QXmlStreamReader, member by member through SpreadsheetZip; the error is the reason alone.
class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    // sheetName empty reads the first sheet.
    static Result<CsvTable> read(SpreadsheetZip &zip, const QString &sheetName, const SpreadsheetLimits &limits);
};
