#include "ImportCommand.h"

#include "CliContext.h"
#include "ImportMappingOptions.h"
#include "ImportPlanRun.h"
#include "PromotionArguments.h"
#include "reports/CandidateCsvImport.h"
#include "reports/CandidateImportPlan.h"
#include "reports/SpreadsheetReader.h"
#include "storage/ColumnMappingStore.h"
#include "storage/CommitteeStore.h"

int ImportCommand::run(CliContext &context, const QStringList &arguments)
{
    PromotionArguments options(tr("The promotion to import into."), tr("NUMBER"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Checks the file and writes nothing."));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"), tr("The sheet of an XLSX or ODS file to import (the first by default)."), tr("NAME"));
    options.parser().addOption(dryRunOption);
    options.parser().addOption(sheetOption);
    const QCommandLineOption updateDecidedOption(
        QStringLiteral("update-decided"),
        tr("Also changes the candidates already decided that the file changes (left as they are by default)."));
    options.parser().addOption(updateDecidedOption);
    const ImportMappingOptions mappingOptions(options.parser());
    options.parser().addPositionalArgument(QStringLiteral("FILE"),
                                           tr("The call's export, as .xlsx, .ods or .csv. Columns: %1")
                                               .arg(CandidateCsvImport::acceptedColumnsDescription()));
    const QString usage = QStringLiteral(
        "fast-committee import --promotion NUMBER FILE.xlsx|FILE.ods|FILE.csv [--sheet NAME] [--mapping NAME] "
        "[--map FIELD=TITLE]... [--save-mapping NAME] [--dry-run] [--update-decided]");
    if (const auto stop = options.parse(context, arguments, usage,
                                        tr("Give --promotion NUMBER and exactly one file. Usage: %1").arg(usage), 1, 1))
        return *stop;
    const Promotion &promotion = options.promotion();
    if (promotion.isClosed())
        return context.fail(
            tr("%1 is closed: nothing was imported. Reopen it with a reason first.").arg(promotion.label()));

    const QString path = options.positionalArguments().constFirst();
    const QString sheet = options.parser().value(sheetOption);
    if (options.parser().isSet(sheetOption) && !SpreadsheetReader::isSpreadsheet(path))
        return context.fail(
            tr("%1 is not a spreadsheet: --sheet is for .xlsx and .ods files; nothing was imported.").arg(path));
    CommitteeStore *store = context.openStore();
    // Stored candidates with a file number are the plan's to match (a re-import updates them); the others'
    // names are refused by the parse, as they always were.
    const Result<QList<Candidate>> stored = store->candidates(promotion.number);
    if (!stored)
        return context.fail(stored.error());
    ColumnMappingStore mappings(*store);
    const Result<CandidateCsvParse> read = mappingOptions.parse(
        path, sheet, promotion.rule, CandidateImportPlan::refusedNameKeys(stored.value()), mappings);
    if (!read)
        return context.fail(tr("%1: %2; nothing was imported.").arg(path, read.error()));
    const CandidateCsvParse &parsed = read.value();
    if (options.parser().isSet(dryRunOption)) {
        for (const QString &line : ImportMappingOptions::describe(parsed))
            context.out() << line << Qt::endl;
    }
    if (!parsed.ok()) {
        for (const QString &message : parsed.messages())
            context.err() << message << Qt::endl;
        return context.fail(tr("%n problem(s): nothing was imported into %1.", nullptr, int(parsed.problems.size()))
                                .arg(promotion.label()));
    }
    const bool dryRun = options.parser().isSet(dryRunOption);
    const int status = ImportPlanRun::run(context, *store, promotion, path, parsed, stored.value(),
                                          {dryRun, options.parser().isSet(updateDecidedOption)});
    if (status != CliContext::success || dryRun)
        return status;
    if (const Result<QString> saved = mappingOptions.save(parsed, mappings); !saved)
        return context.fail(saved.error());
    else if (!saved.value().isEmpty())
        context.out() << saved.value() << Qt::endl;
    return CliContext::success;
}
