#include "ScoresCommand.h"

#include "CliContext.h"
#include "PromotionArguments.h"
#include "reports/ScoreCsvImport.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

int ScoresCommand::run(CliContext &context, const QStringList &arguments)
{
    return context.runAction(arguments, {{QStringLiteral("import"), &import}},
                             tr("Usage: fast-committee scores import ... (\"%1\" is not one of them)."));
}

int ScoresCommand::import(CliContext &context, const QStringList &arguments)
{
    PromotionArguments options(tr("The promotion the notes are for."), tr("NUMBER"));
    options.parser().addPositionalArgument(
        QStringLiteral("FILE.csv"),
        tr("One note per row. Columns: %1; the note is 0 to 5, or \"déport\" with an empty criterion for a recusal.")
            .arg(ScoreCsvImport::acceptedColumnsDescription()));
    const QString usage = QStringLiteral("fast-committee scores import --promotion NUMBER FILE.csv");
    if (const auto stop =
            options.parse(context, arguments, usage,
                          tr("Give --promotion NUMBER and exactly one CSV file. Usage: %1").arg(usage), 1, 1))
        return *stop;
    const Promotion &promotion = options.promotion();
    if (promotion.isClosed())
        return context.fail(
            tr("%1 is closed: nothing was imported. Reopen it with a reason first.").arg(promotion.label()));

    CommitteeStore *store = context.openStore();
    ScoringStore scoring(*store);
    scoring.setOperatorName(store->operatorName());
    const Result<ScoreSheet> sheet = scoring.scoreSheet(promotion.number);
    if (!sheet)
        return context.fail(sheet.error());
    const Result<QList<Candidate>> candidates = store->candidates(promotion.number);
    if (!candidates)
        return context.fail(candidates.error());
    const QString path = options.positionalArguments().constFirst();
    const ScoreCsvImport::Parsed parsed = ScoreCsvImport::parseFile(path, sheet.value(), candidates.value());
    if (!parsed.ok()) {
        for (const QString &message : parsed.messages())
            context.err() << message << Qt::endl;
        return context.fail(tr("%n problem(s): nothing was imported into %1.", nullptr, int(parsed.problems.size()))
                                .arg(promotion.label()));
    }
    if (const Outcome imported = scoring.importScores(promotion.number, parsed.notes, parsed.recusals); !imported)
        return context.fail(imported.error());
    context.out() << tr("%1: %2 and %3 imported into %4.")
                         .arg(path, tr("%n note(s)", nullptr, int(parsed.notes.size())),
                              tr("%n recusal(s)", nullptr, int(parsed.recusals.size())), promotion.label())
                  << Qt::endl;
    return CliContext::success;
}
