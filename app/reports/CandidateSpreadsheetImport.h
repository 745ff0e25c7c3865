#pragma once

#include "CandidateCsvParse.h"
#include "ColumnMapping.h"
#include "CsvTable.h"
#include "domain/CofinancingRule.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Turns one sheet of an XLSX or ODS file of candidates into candidates for one promotion, exactly as
// CandidateCsvImport does a CSV file (the same columns, checks, messages and all-or-nothing rule), with
// two differences a spreadsheet needs: the header is the first row that names every required column (a
// call's export often starts with a title block), and every problem names the sheet, the row and the
// column as the spreadsheet shows them ("Sheet "Candidatures", row 7, column D (Montant demandé)").
class CandidateSpreadsheetImport
{
    Q_DECLARE_TR_FUNCTIONS(CandidateSpreadsheetImport)

public:
    // The mapping to read a header through, given its titles (a saved one, the user's, the proposal).
    // None: the header is read by the app's own column names.
    using MappingOf = std::function<std::optional<ColumnMapping>(const QStringList &titles)>;
    // How many rows from the top the header row is looked for in.
    static constexpr qsizetype maximumHeaderSearch = 100;

    // sheetName empty reads the first sheet. existingNameKeys and rule as CandidateCsvImport::parse.
    static CandidateCsvParse parseFile(const QString &path, const QString &sheetName, const CofinancingRule &rule,
                                       const QSet<QString> &existingNameKeys);
    // The same on a sheet already read by SpreadsheetReader; fileName is only for the messages.
    static CandidateCsvParse parseTable(CsvTable table, const QString &fileName, const CofinancingRule &rule,
                                        const QSet<QString> &existingNameKeys);
    // The same through the mapping mappingOf gives for the header found (CandidateCsvImport's mapping parse);
    // a null mappingOf reads the header by the app's column names alone, as above.
    static CandidateCsvParse parseTable(CsvTable table, const QString &fileName, const MappingOf &mappingOf,
                                        const CofinancingRule &rule, const QSet<QString> &existingNameKeys);

    // Fills what the mapping step shows of a parse read by column names: the columns, and the proposal (which
    // the user may then change, to read the file through it instead).
    static void showColumns(const CsvTable &table, const QStringList &titles, CandidateCsvParse &parse);

    // The index of the header record among the first maximumHeaderSearch: the first in which
    // ColumnMappingProposal finds every required field, else the one where it finds the most fields (the
    // first of those), whose missing fields the import then reports.
    static qsizetype headerRecord(const CsvTable &table);
};
