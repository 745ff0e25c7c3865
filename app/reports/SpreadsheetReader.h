#pragma once

#include "CsvProblem.h"
#include "CsvTable.h"
#include "SpreadsheetLimits.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Reads one sheet of an XLSX or ODS file into the table CsvReader returns, so that an import reads a
// spreadsheet the way it reads a CSV file: each record a non-empty row of the sheet, its line the row's
// number. It tells the format by the file's content (its extension only for the refusals), opens the zip
// through SpreadsheetZip and hands it to XlsxSheetReader or OdsSheetReader. Refused, with a reason a user
// can act on and the problem located on the file (and on the sheet when one was read): a password-protected
// file or an old .xls, a damaged zip, a zip bomb, a macro-enabled file, a sheet the file does not have. An
// empty sheet is read as a table without records, with the file's sheets, so that the importer can refuse
// it and the user choose another. It knows nothing of candidates: CandidateSpreadsheetImport gives the rows
// their meaning.
class SpreadsheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)

public:
    // Whether a file is to be read as a spreadsheet rather than as CSV: by its extension (.xlsx, .xlsm,
    // .ods, .xls) or, whatever its name, by its first bytes (a zip or an OLE compound file, which no CSV
    // file starts with).
    static bool isSpreadsheet(const QString &path);

    // The sheet named sheetName, or the first when it is empty. The error is problem->toString().
    static Result<CsvTable> readFile(const QString &path, const QString &sheetName, CsvProblem *problem,
                                     const SpreadsheetLimits &limits = {});
    // The same on the file's bytes; fileName names it in the problems and gives the extension.
    static Result<CsvTable> read(const QByteArray &bytes, const QString &fileName, const QString &sheetName,
                                 CsvProblem *problem, const SpreadsheetLimits &limits = {});

    // Why a sheet asked for by name is refused: the file's sheets are listed.
    static QString noSuchSheet(const QString &sheetName, const QStringList &sheetNames);
};
