#include "CandidateFileImport.h"

#include "CandidateCsvImport.h"
#include "CandidateSpreadsheetImport.h"
#include "ColumnMappingProposal.h"
#include "CsvReader.h"
#include "SpreadsheetReader.h"

std::optional<ColumnMapping> CandidateFileImport::mappingFor(const QStringList &titles, const MappingChoice &choice)
{
    if (choice.given)
        return choice.given;
    if (choice.saved) {
        if (std::optional<ColumnMapping> saved = choice.saved(titles))
            return saved;
    }
    ColumnMapping proposal = ColumnMappingProposal::propose(titles);
    if (ColumnMappingProposal::readsAFormExport(proposal))
        return proposal;
    return std::nullopt;
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
    if (const std::optional<ColumnMapping> mapping = mappingOf(titles))
        return CandidateCsvImport::parseTable(table.value(), path, *mapping, rule, existingNameKeys);
    CandidateCsvParse result = CandidateCsvImport::parseTable(table.value(), path, rule, existingNameKeys);
    CandidateSpreadsheetImport::showColumns(table.value(), titles, result);
    return result;
}
