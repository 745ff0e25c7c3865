#pragma once

#include "CandidateCsvParse.h"
#include "CsvTable.h"
#include "domain/CofinancingRule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

class CsvColumnMap;

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

    // The header names this importer accepts, French first, for help texts:
    // "projet/name, administration/carrier, ...".
    static QString acceptedColumnsDescription();
    // The columns themselves, for an import that must find its header row among other rows.
    static const CsvColumnMap &columnMap();
};
