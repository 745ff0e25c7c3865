#pragma once

#include "WorkbookSheet.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes sheets (WorkbookSheet) as an Excel workbook (Office Open XML, .xlsx) the way a person would lay
// it out by hand: the header row bold, frozen and filtered, every column as wide as its widest value,
// amounts as numbers of euros shown "300 000 €" (with the cents only where an amount has some), scores
// with one decimal, shares as percentages, and text always as text, so that a name starting with "="
// never becomes a formula. The parts are SpreadsheetML written with QXmlStreamWriter (XlsxSheetXml for
// each sheet) and zipped in memory with QuaZip, the library the import reads spreadsheets with. Debian's
// libxlsxwriter was the first choice, but it reaches the zip format through libminizip, whose symbols
// (zipOpen3…) QuaZip also exports: in one process its first call landed in QuaZip's copy and crashed.
// writeFile hands the bytes to OutputFile, which refuses the open database and anything not a regular
// file and replaces the target whole or not at all.
class XlsxWorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbookWriter)

public:
    // The workbook's bytes, or why it could not be made.
    static Result<QByteArray> toBytes(const QList<WorkbookSheet> &sheets);
    // The same written to path through OutputFile (its refusals and messages).
    static Outcome writeFile(const QString &path, const QList<WorkbookSheet> &sheets);
};
