#pragma once

#include <QString>

// One thing wrong with a CSV file, located the way compilers locate errors so that users and editors
// can jump to it: "FILE:LINE: column: reason". The line is the 1-based physical line where the record
// starts (0 when the problem is about the whole file) and the column is the header's name as written in
// the file (empty for problems about a whole row), or "column N" (N in characters) where the problem is
// a byte that no header names, such as one that is not UTF-8 in a UTF-8 file.
struct CsvProblem
{
    QString file;
    int line = 0;
    QString column;
    QString reason;

    // "FILE:LINE: column: reason", "FILE:LINE: reason" without a column, "FILE: reason" without a line.
    QString toString() const;

    bool operator==(const CsvProblem &other) const
    {
        return file == other.file && line == other.line && column == other.column && reason == other.reason;
    }
    bool operator!=(const CsvProblem &other) const { return !(*this == other); }
};
