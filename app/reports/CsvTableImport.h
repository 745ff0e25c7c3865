#pragma once

#include "CsvProblem.h"
#include "CsvTable.h"
#include "domain/Result.h"

// What every CSV import does with CsvReader's answer, whether it read bytes or a file: a file the reader
// refused becomes a result whose only problem is the reader's (located like every other problem, so the
// caller has one list to show), and a table it read is handed to the importer's readTable(table).
// Parsed is the importer's result type: default-constructible, with a QList<CsvProblem> problems.
template <typename Parsed, typename ReadTable>
Parsed importCsvTable(const Result<CsvTable> &table, const CsvProblem &readerProblem, ReadTable readTable)
{
    if (!table) {
        Parsed result;
        result.problems.append(readerProblem);
        return result;
    }
    return readTable(table.value());
}
