#pragma once

#include "CsvTable.h"
#include "SpreadsheetLimits.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class SpreadsheetZip;

// Reads one sheet of an ODS spreadsheet (OpenDocument, as LibreOffice saves it) into the table the CSV
// import reads: the document's sheets in their order and the sheet's cells as text. Numbers, currencies
// and percentages from their office:value as SpreadsheetNumber writes them, dates as ISO dates, text from
// its paragraphs (spans, spaces, tabs and line breaks; comments left out). ODS repeats identical cells and
// rows instead of writing them again (a sheet's empty tail is one row repeated a million times): repeats
// are counted, never laid out when empty, and refused past SpreadsheetLimits when they hold text. A merged
// cell keeps its value in its first cell, the ones it covers being empty. The error is the reason alone.
class OdsSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsSheetReader)

public:
    // sheetName empty reads the first sheet.
    static Result<CsvTable> read(SpreadsheetZip &zip, const QString &sheetName, const SpreadsheetLimits &limits);
};
