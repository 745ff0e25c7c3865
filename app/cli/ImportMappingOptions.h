#pragma once

#include "domain/CofinancingRule.h"
#include "domain/Result.h"
#include "reports/CandidateCsvParse.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

class ColumnMappingStore;
class QCommandLineParser;

// The column mapping options of `import`: --mapping NAME (a saved mapping), --map field=Column title
// (repeatable, the field named by its French or English column name, an empty title to leave it unmapped) and
// --save-mapping NAME. Without them the mapping saved for the file's header is used, else the proposal. It
// reads the file through the mapping they say, refuses an unknown field, column or mapping with a message
// naming it and what there is, and words the mapping used for --dry-run.
class ImportMappingOptions
{
    Q_DECLARE_TR_FUNCTIONS(ImportMappingOptions)

public:
    // Adds the options to the subcommand's parser.
    explicit ImportMappingOptions(QCommandLineParser &parser);

    // The file read through the mapping the options say; refused when they name what is not there.
    Result<CandidateCsvParse> parse(const QString &path, const QString &sheet, const CofinancingRule &rule,
                                    const QSet<QString> &existingNameKeys, ColumnMappingStore &mappings) const;
    // One line per field, "budget_annuel ← Budget annuel du projet (€) (proposed)", then the columns kept as
    // the candidates' other answers; nothing for a file read by the app's own column names.
    static QStringList describe(const CandidateCsvParse &parse);
    // Saves the parse's mapping under --save-mapping's name, when it is given; the line to print, or empty.
    Result<QString> save(const CandidateCsvParse &parse, ColumnMappingStore &mappings) const;

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_mappingOption;
    QCommandLineOption m_mapOption;
    QCommandLineOption m_saveOption;
};
