#include "CandidateFileImport.h"

#include "CandidateCsvImport.h"
#include "CandidateSpreadsheetImport.h"
#include "ColumnMappingProposal.h"
#include "CsvReader.h"
#include "SpreadsheetReader.h"

ColumnMapping CandidateFileImport::mappingFor(const QStringList &titles, const MappingChoice &choice)
{
    if (choice.given)
        return *choice.given;
    if (choice.saved) {
        if (std::optional<ColumnMapping> saved = choice.saved(titles))
            return *saved;
    }
    return ColumnMappingProposal::propose(titles);
}

CandidateCsvParse CandidateFileImport::parseFile(const QString &path, const QString &sheetName,
                                                 const CofinancingRule &rule, const QSet<QString> &existingNameKeys,
                                                 const MappingChoice &choice)
{
    const auto mappingOf = [&choice](const QStringList &titles) {
        return mappingFor(titles, choice);
    };
    CsvProblem problem;
    if (SpreadsheetReader::isSpreadsheet(path)) {
        Result<CsvTable> table = SpreadsheetReader::readFile(path, sheetName, &problem);
        if (!table) {
            CandidateCsvParse result;
            result.problems.append(problem);
            return result;
        }
        return CandidateSpreadsheetImport::parseTable(std::move(table.value()), path, mappingOf, rule,
                                                      existingNameKeys);
    }
    const Result<CsvTable> table = CsvReader::readFile(path, &problem);
    if (!table) {
        CandidateCsvParse result;
        result.problems.append(problem);
        return result;
    }
    QStringList titles;
    if (!table.value().records.isEmpty()) {
        for (const QString &title : table.value().records.constFirst().fields)
            titles.append(title.trimmed());
    }
    return CandidateCsvImport::parseTable(table.value(), path, mappingOf(titles), rule, existingNameKeys);
}
