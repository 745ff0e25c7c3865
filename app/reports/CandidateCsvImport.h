#pragma once

#include "CandidateCsvParse.h"
#include "ColumnMapping.h"
#include "CsvColumnMap.h"
#include "CsvTable.h"
#include "domain/CofinancingRule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

// Turns a CSV file of candidates (one per row, a header naming the columns in French or English) into
// candidates for one promotion, or into the complete list of what is wrong with it, each problem located
// as "FILE:LINE: column: reason". It writes nothing: the caller imports the candidates only when the
// whole file is right, so that a half-imported file never has to be cleaned up by hand.
class CandidateCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CandidateCsvImport)

public:
    // existingNameKeys are the TextKey::fold keys of the names already in the promotion. The rule is the
    // promotion's, for the granted amounts of past promotions' laureates.
    static CandidateCsvParse parse(const QByteArray &bytes, const QString &fileName, const CofinancingRule &rule,
                                   const QSet<QString> &existingNameKeys);
    static CandidateCsvParse parseFile(const QString &path, const CofinancingRule &rule,
                                       const QSet<QString> &existingNameKeys);
    // The same on a file already read by CsvReader; fileName is only for the messages.
    static CandidateCsvParse parseTable(const CsvTable &table, const QString &fileName, const CofinancingRule &rule,
                                        const QSet<QString> &existingNameKeys);

    // The same through a chosen mapping (ColumnMappingProposal's, a saved one, the user's): the first record
    // is the header, the rows are read and located exactly as above, a required field mapped to no column is
    // a problem naming the field and the file's columns, and every column that holds no field becomes one of
    // the candidate's extra fields (named by its title, empty answers left out). The parse keeps the columns
    // and the mapping for the preview.
    static CandidateCsvParse parseTable(const CsvTable &table, const QString &fileName, const ColumnMapping &mapping,
                                        const CofinancingRule &rule, const QSet<QString> &existingNameKeys);
    // Every column of the table's first record with its first non-empty values below.
    static QList<ImportColumn> columnsOf(const CsvTable &table);
    // "\"Nom du projet\", \"Budget annuel\", ...": a file's column titles for a message.
    static QString describeColumns(const QStringList &titles);

    // The header names this importer accepts, French first, for help texts:
    // "projet/name, administration/carrier, ...".
    static QString acceptedColumnsDescription();
    // The columns themselves, for an import that must find its header row among other rows.
    static const CsvColumnMap &columnMap();

private:
    // Reads every record after the header into result: the candidates, or every problem of every row.
    static void readRows(const CsvTable &table, const QString &fileName, const CsvColumnMap::Header &header,
                         const QList<int> &extraColumns, const CofinancingRule &rule,
                         const QSet<QString> &existingNameKeys, CandidateCsvParse &result);
};
