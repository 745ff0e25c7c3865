#include "CandidateSpreadsheetImport.h"

#include "CandidateCsvImport.h"
#include "CandidateImportFields.h"
#include "ColumnMappingProposal.h"
#include "SpreadsheetReader.h"

#include <algorithm>

qsizetype CandidateSpreadsheetImport::headerRecord(const CsvTable &table)
{
    int required = 0;
    for (const CandidateImportFields::Field &field : CandidateImportFields::all())
        required += field.required ? 1 : 0;
    qsizetype best = 0;
    int bestKnown = 0;
    // A title block is a few rows: looking further would only cost time on a long sheet without a header.
    const qsizetype searched = std::min<qsizetype>(table.records.size(), maximumHeaderSearch);
    for (qsizetype r = 0; r < searched; ++r) {
        const ColumnMappingProposal::Score score = ColumnMappingProposal::score(table.records.at(r).fields);
        if (score.required == required)
            return r;
        if (score.fields > bestKnown) {
            best = r;
            bestKnown = score.fields;
        }
    }
    return best;
}

void CandidateSpreadsheetImport::showColumns(const CsvTable &table, const QStringList &titles, CandidateCsvParse &parse)
{
    parse.readByColumnNames = true;
    parse.columns = CandidateCsvImport::columnsOf(table);
    parse.mapping = ColumnMappingProposal::propose(titles);
}

CandidateCsvParse CandidateSpreadsheetImport::parseFile(const QString &path, const QString &sheetName,
                                                        const CofinancingRule &rule,
                                                        const QSet<QString> &existingNameKeys)
{
    CsvProblem problem;
    Result<CsvTable> table = SpreadsheetReader::readFile(path, sheetName, &problem);
    if (!table) {
        CandidateCsvParse result;
        result.problems.append(problem);
        return result;
    }
    return parseTable(std::move(table.value()), path, rule, existingNameKeys);
}

CandidateCsvParse CandidateSpreadsheetImport::parseTable(CsvTable table, const QString &fileName,
                                                         const CofinancingRule &rule,
                                                         const QSet<QString> &existingNameKeys)
{
    return parseTable(std::move(table), fileName, nullptr, rule, existingNameKeys);
}

CandidateCsvParse CandidateSpreadsheetImport::parseTable(CsvTable table, const QString &fileName,
                                                         const MappingOf &mappingOf, const CofinancingRule &rule,
                                                         const QSet<QString> &existingNameKeys)
{
    CandidateCsvParse result;
    if (table.records.isEmpty()) {
        result.problems.append({fileName, 0, QString(),
                                tr("the sheet is empty: choose the sheet that holds the candidates"), table.sheetName});
    } else {
        // The rows above the header (a title, the export's date) are not candidates.
        table.records.remove(0, headerRecord(table));
        if (mappingOf) {
            QStringList titles;
            for (const QString &title : std::as_const(table.records.constFirst().fields))
                titles.append(title.trimmed());
            if (const std::optional<ColumnMapping> mapping = mappingOf(titles)) {
                result = CandidateCsvImport::parseTable(table, fileName, *mapping, rule, existingNameKeys);
            } else {
                result = CandidateCsvImport::parseTable(table, fileName, rule, existingNameKeys);
                showColumns(table, titles, result);
            }
        } else {
            result = CandidateCsvImport::parseTable(table, fileName, rule, existingNameKeys);
        }
        for (CsvProblem &problem : result.problems)
            problem.sheet = table.sheetName;
    }
    result.sheetName = table.sheetName;
    result.sheetNames = table.sheetNames;
    return result;
}
