#include "ImportCommand.h"

#include "CliContext.h"
#include "reports/CandidateCsvImport.h"
#include "storage/CommitteeStore.h"

int ImportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption promotionOption(QStringLiteral("promotion"), tr("The promotion to import into."),
                                             tr("NUMBER"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Checks the file and writes nothing."));
    parser.addOptions({promotionOption, dryRunOption});
    parser.addPositionalArgument(
        QStringLiteral("FILE.csv"),
        tr("The call's CSV export. Columns: %1").arg(CandidateCsvImport::acceptedColumnsDescription()));
    const QString usage = QStringLiteral("fast-committee import --promotion NUMBER FILE.csv [--dry-run]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!parser.isSet(promotionOption) || parser.positionalArguments().size() != 1)
        return context.fail(tr("Give --promotion NUMBER and exactly one CSV file. Usage: %1").arg(usage),
                            CliContext::usageError);

    const std::optional<Promotion> promotion = context.findPromotion(parser.value(promotionOption));
    if (!promotion)
        return CliContext::refused;
    if (promotion->isClosed())
        return context.fail(
            tr("%1 is closed: nothing was imported. Reopen it with a reason first.").arg(promotion->label()));

    CommitteeStore *store = context.openStore();
    const QString path = parser.positionalArguments().constFirst();
    const CandidateCsvParse parsed =
        CandidateCsvImport::parseFile(path, promotion->rule, store->candidateNameKeys(promotion->number));
    if (!parsed.ok()) {
        for (const QString &message : parsed.messages())
            context.err() << message << Qt::endl;
        return context.fail(tr("%n problem(s): nothing was imported into %1.", nullptr, int(parsed.problems.size()))
                                .arg(promotion->label()));
    }
    if (parser.isSet(dryRunOption)) {
        context.out() << tr("%1: %n candidate(s) would be imported into %2; nothing was written (--dry-run).", nullptr,
                            int(parsed.candidates.size()))
                             .arg(path, promotion->label())
                      << Qt::endl;
        return CliContext::success;
    }
    if (const Result<QList<qint64>> imported = store->importCandidates(promotion->number, parsed.candidates); !imported)
        return context.fail(imported.error());
    context.out() << tr("%1: %n candidate(s) imported into %2.", nullptr, int(parsed.candidates.size()))
                         .arg(path, promotion->label())
                  << Qt::endl;
    return CliContext::success;
}
