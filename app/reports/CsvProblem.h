#pragma once

#include <QCoreApplication>
#include <QString>

// One thing wrong with a CSV file, located the way compilers locate errors so that users and editors
// can jump to it: "FILE:LINE: column: reason". The line is the 1-based physical line where the record
// starts (0 when the problem is about the whole file) and the column is the header's name as written in
// the file (empty for problems about a whole row), or "column N" (N in characters) where the problem is
// a byte that no header names, such as one that is not UTF-8 in a UTF-8 file.
// A problem of a spreadsheet (XLSX, ODS) names its sheet, and is located the way the spreadsheet shows
// its cells instead: "FILE: Sheet "Candidatures", row 7, column D (Montant demandé): reason", the line
// being the sheet's row number and the column's letters coming from its 0-based columnIndex.
struct CsvProblem
{
    Q_DECLARE_TR_FUNCTIONS(CsvProblem)

public:
    QString file;
    int line = 0;
    QString column;
    QString reason;
    QString sheet{};      // the spreadsheet's sheet; empty for a CSV file
    int columnIndex = -1; // the 0-based column of the file the problem is in, -1 when unknown or none

    // "FILE:LINE: column: reason", "FILE:LINE: reason" without a column, "FILE: reason" without a line;
    // for a spreadsheet "FILE: Sheet "S", row 7, column D (name): reason".
    QString toString() const;
    // The column as the preview's table shows it: its header text, or for a spreadsheet its letters and
    // header text ("D (Montant demandé)").
    QString columnLabel() const;
    // "A", "B", ..., "Z", "AA", ...: the letters a spreadsheet names a 0-based column with.
    static QString columnLetters(int index);

    // The column index only places the named column: two problems are the same when what they say is.
    bool operator==(const CsvProblem &other) const
    {
        return file == other.file && line == other.line && column == other.column && reason == other.reason &&
               sheet == other.sheet;
    }
    bool operator!=(const CsvProblem &other) const { return !(*this == other); }
};
