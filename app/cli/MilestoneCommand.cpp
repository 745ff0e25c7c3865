#include "MilestoneCommand.h"

#include "CliContext.h"
#include "LaureateOption.h"
#include "PromotionOption.h"

#include "domain/LaureateFollowUp.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"

int MilestoneCommand::run(CliContext &context, const QStringList &arguments)
{
    return context.runAction(arguments, {{QStringLiteral("set"), &set}},
                             tr("Usage: fast-committee milestone set ... (\"%1\" is not one of them)."));
}

int MilestoneCommand::set(CliContext &context, const QStringList &arguments)
{
    const PromotionOption promotionOption(tr("The laureate's promotion."), tr("NUMBER"));
    const QCommandLineOption candidateOption(QStringLiteral("candidate"),
                                             tr("The laureate's name (case and accents do not matter)."), tr("NAME"));
    const QCommandLineOption kindOption(QStringLiteral("milestone"), tr("kickoff, midterm or end."), tr("MILESTONE"));
    const QCommandLineOption plannedOption(QStringLiteral("planned"), tr("The planned date."), tr("DATE"));
    const QCommandLineOption doneOption(QStringLiteral("done"), tr("The date it was done."), tr("DATE"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("A free note."), tr("TEXT"));
    QCommandLineParser parser;
    parser.addOptions({promotionOption.option(), candidateOption, kindOption, plannedOption, doneOption, noteOption});
    const QString usage =
        QStringLiteral("fast-committee milestone set --promotion NUMBER --candidate NAME "
                       "--milestone kickoff|midterm|end [--planned DATE] [--done DATE] [--note TEXT]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!promotionOption.isSet(parser) || !parser.isSet(candidateOption) || !parser.isSet(kindOption) ||
        !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give --promotion, --candidate and --milestone. Usage: %1").arg(usage),
                            CliContext::usageError);
    const std::optional<Milestone::Kind> kind = Milestone::fromKey(parser.value(kindOption).trimmed().toLower());
    if (!kind)
        return context.fail(
            tr("--milestone: \"%1\" is not a milestone; write kickoff, midterm or end.").arg(parser.value(kindOption)),
            CliContext::usageError);
    std::optional<QDate> planned;
    std::optional<QDate> done;
    if (parser.isSet(plannedOption) &&
        !(planned = LaureateOption::date(context, QStringLiteral("planned"), parser.value(plannedOption))))
        return CliContext::usageError;
    if (parser.isSet(doneOption) &&
        !(done = LaureateOption::date(context, QStringLiteral("done"), parser.value(doneOption))))
        return CliContext::usageError;
    const std::optional<Promotion> promotion = promotionOption.find(context, parser);
    if (!promotion)
        return CliContext::refused;
    const std::optional<qint64> id = LaureateOption::find(context, *promotion, parser.value(candidateOption));
    if (!id)
        return CliContext::refused;
    FollowUpStore followUp(*context.openStore());
    const std::optional<LaureateFollowUp> current = context.read(followUp.laureate(*id));
    if (!current)
        return CliContext::refused;
    Milestone milestone = current->milestone(*kind).value_or(Milestone{*kind, QDate(), QDate(), QString()});
    if (planned)
        milestone.plannedOn = *planned;
    if (done)
        milestone.doneOn = *done;
    if (parser.isSet(noteOption))
        milestone.note = parser.value(noteOption).trimmed();
    const Result<FollowUpChange> changed = followUp.setMilestone(*id, milestone);
    if (!changed)
        return context.fail(changed.error());
    QStringList parts;
    if (milestone.plannedOn.isValid())
        parts.append(tr("planned on %1").arg(LaureateFollowUp::dateText(milestone.plannedOn)));
    if (milestone.isDone())
        parts.append(tr("done on %1").arg(LaureateFollowUp::dateText(milestone.doneOn)));
    if (!milestone.note.isEmpty())
        parts.append(milestone.note);
    context.out() << tr("%1: %2: %3.")
                         .arg(changed.value().after.label(), Milestone::displayName(*kind),
                              parts.join(QStringLiteral(", ")))
                  << Qt::endl;
    return CliContext::success;
}
