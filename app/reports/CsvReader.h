#pragma once

#include "CsvLimits.h"
#include "CsvProblem.h"
#include "CsvTable.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads the CSV files that spreadsheets export, French ones in particular: UTF-8 with or without a byte
// order mark, or Windows-1252 (decoded by our own table so that no ICU is needed) when it holds no UTF-8
// character at all; a file that mixes the two is refused, at its first byte that is not UTF-8, since
// reading it either way would change some of its letters. `;`, `,` or tab as the
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
    // The same, with the refusal also given as a structured problem (when problem is not null), and
    // within limits (CsvLimits{} when not given): more bytes or records than they allow is refused.
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName, CsvProblem *problem);
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName, CsvProblem *problem,
                                  const CsvLimits &limits);
    // Reads the file through CsvFile (regular files within the size limit only), then parses it. The
    // file name in messages is the path as given.
    static Result<CsvTable> readFile(const QString &path);
    static Result<CsvTable> readFile(const QString &path, CsvProblem *problem);
    static Result<CsvTable> readFile(const QString &path, CsvProblem *problem, const CsvLimits &limits);

    // UTF-8 (byte order mark stripped) when the bytes are valid UTF-8, else Windows-1252. It refuses
    // nothing: parse() refuses a file that mixes both before it decodes.
    // encodingName, when not null, receives "UTF-8", "UTF-8 (BOM)" or "Windows-1252".
    static QString decode(const QByteArray &bytes, QString *encodingName);

    static bool isValidUtf8(const char *data, qsizetype size);
    static QString decodeWindows1252(const char *data, qsizetype size);

    // Where a file that is not all UTF-8 first goes wrong, and whether it holds UTF-8 elsewhere.
    struct Utf8Scan
    {
        // The offset of the first byte that starts no valid UTF-8 sequence, -1 when there is none.
        qsizetype firstInvalid = -1;
        uchar invalidByte = 0;
        // Its 1-based physical line, and its 1-based column in characters of that line.
        int line = 0;
        int column = 0;
        // Whether some valid sequence of two to four bytes is anywhere in the data.
        bool hasMultiByte = false;
    };
    static Utf8Scan scanUtf8(const char *data, qsizetype size);
};
