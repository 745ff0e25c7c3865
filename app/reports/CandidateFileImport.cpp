#include "CandidateFileImport.h"

#include "CandidateCsvImport.h"
#include "CandidateSpreadsheetImport.h"
#include "SpreadsheetReader.h"

CandidateCsvParse CandidateFileImport::parseFile(const QString &path, const QString &sheetName,
                                                 const CofinancingRule &rule, const QSet<QString> &existingNameKeys)
{
    if (SpreadsheetReader::isSpreadsheet(path))
        return CandidateSpreadsheetImport::parseFile(path, sheetName, rule, existingNameKeys);
    return CandidateCsvImport::parseFile(path, rule, existingNameKeys);
}
