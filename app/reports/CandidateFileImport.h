#pragma once

#include "CandidateCsvParse.h"
#include "ColumnMapping.h"
#include "domain/CofinancingRule.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The candidate import of whatever file the user hands over: an XLSX or ODS spreadsheet goes to
// CandidateSpreadsheetImport (the sheet named, or the first), anything else to CandidateCsvImport, so that
// the window and the command line take the same files the same way. The header is read through a mapping:
// the one given, else the one saved for a header of the same titles, else ColumnMappingProposal's, so that a
// form export with free column titles imports as well as the app's own CSV does.
class CandidateFileImport
{
public:
    struct MappingChoice
    {
        std::optional<ColumnMapping> given; // the user's; for the header this file has
        // The saved mapping for a header of these titles, if there is one (ColumnMappingStore's).
        std::function<std::optional<ColumnMapping>(const QStringList &titles)> saved;
    };

    static CandidateCsvParse parseFile(const QString &path, const QString &sheetName, const CofinancingRule &rule,
                                       const QSet<QString> &existingNameKeys, const MappingChoice &choice = {});
    // The mapping the choice gives for a header of these titles: the given one, else the saved one, else the
    // proposal when it reads a form's export (ColumnMappingProposal::readsAFormExport); none for a header of
    // the app's own column names, which is then read by those names, exactly as before mappings existed.
    static std::optional<ColumnMapping> mappingFor(const QStringList &titles, const MappingChoice &choice);
};
