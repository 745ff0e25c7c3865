#pragma once

#include "CsvProblem.h"
#include "CsvTable.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads the CSV files that spreadsheets export, French ones in particular: UTF-8 with or without a byte
// order mark, or Windows-1252 (decoded by our own table so that no ICU is needed); `;`, `,` or tab as the
// delimiter, detected on the header line; RFC 4180 quoting (delimiters, doubled quotes and line breaks
// inside quoted fields); \n, \r\n and \r line endings. Empty lines are not records. It knows nothing of
// candidates: CandidateCsvImport gives the records their meaning.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Decodes, detects the delimiter on the header line (outside quotes; ';' wins a tie, then ','), and
    // splits the records. The error is one CsvProblem::toString().
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName);
    // The same, with the refusal also given as a structured problem (when problem is not null).
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName, CsvProblem *problem);
    // The file name in messages is the path as given.
    static Result<CsvTable> readFile(const QString &path);
    static Result<CsvTable> readFile(const QString &path, CsvProblem *problem);

    // UTF-8 (byte order mark stripped) when the bytes are valid UTF-8, else Windows-1252.
    // encodingName, when not null, receives "UTF-8", "UTF-8 (BOM)" or "Windows-1252".
    static QString decode(const QByteArray &bytes, QString *encodingName);

    static bool isValidUtf8(const char *data, qsizetype size);
    static QString decodeWindows1252(const char *data, qsizetype size);
};
