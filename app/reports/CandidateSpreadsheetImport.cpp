#include "CandidateSpreadsheetImport.h"

#include "CandidateCsvImport.h"
#include "CsvColumnMap.h"
#include "SpreadsheetReader.h"

qsizetype CandidateSpreadsheetImport::headerRecord(const CsvTable &table)
{
    const CsvColumnMap &map = CandidateCsvImport::columnMap();
    int required = 0;
    for (const CsvColumnMap::Column &column : map.columns())
        required += column.required ? 1 : 0;
    qsizetype best = 0;
    int bestKnown = 0;
    for (qsizetype r = 0; r < table.records.size(); ++r) {
        QSet<int> fields;
        int requiredFound = 0;
        for (const QString &cell : table.records.at(r).fields) {
            const int field = map.fieldOf(cell.trimmed());
            if (field < 0 || fields.contains(field))
                continue;
            fields.insert(field);
            requiredFound += map.columns().at(field).required ? 1 : 0;
        }
        if (requiredFound == required)
            return r;
        if (int(fields.size()) > bestKnown) {
            best = r;
            bestKnown = int(fields.size());
        }
    }
    return best;
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
    CandidateCsvParse result;
    if (table.records.isEmpty()) {
        result.problems.append({fileName, 0, QString(),
                                tr("the sheet is empty: choose the sheet that holds the candidates"), table.sheetName});
    } else {
        // The rows above the header (a title, the export's date) are not candidates.
        table.records.remove(0, headerRecord(table));
        result = CandidateCsvImport::parseTable(table, fileName, rule, existingNameKeys);
        for (CsvProblem &problem : result.problems)
            problem.sheet = table.sheetName;
    }
    result.sheetName = table.sheetName;
    result.sheetNames = table.sheetNames;
    return result;
}
