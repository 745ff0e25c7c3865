#pragma once

#include "CandidateCsvParse.h"
#include "domain/CofinancingRule.h"

#include <QSet>
#include <QString>

// The candidate import of whatever file the user hands over: an XLSX or ODS spreadsheet goes to
// CandidateSpreadsheetImport (the sheet named, or the first), anything else to CandidateCsvImport, so that
// the window and the command line take the same files the same way.
class CandidateFileImport
{
public:
    static CandidateCsvParse parseFile(const QString &path, const QString &sheetName, const CofinancingRule &rule,
                                       const QSet<QString> &existingNameKeys);
};
