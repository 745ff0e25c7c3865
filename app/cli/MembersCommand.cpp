#include "MembersCommand.h"

#include "CliContext.h"
#include "PromotionArguments.h"
#include "storage/CommitteeReads.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QJsonArray>
#include <QJsonObject>

int MembersCommand::run(CliContext &context, const QStringList &arguments)
{
    return context.runAction(
        arguments, {{QStringLiteral("add"), &add}, {QStringLiteral("copy"), &copy}, {QStringLiteral("list"), &list}},
        tr("Usage: fast-committee members add|copy|list ... (\"%1\" is not one of them)."));
}

int MembersCommand::add(CliContext &context, const QStringList &arguments)
{
    PromotionArguments options(tr("The promotion whose committee it is."), tr("NUMBER"));
    options.parser().addPositionalArgument(QStringLiteral("NAME"), tr("The members' names, one argument each."),
                                           QStringLiteral("NAME..."));
    const QString usage = QStringLiteral("fast-committee members add --promotion NUMBER NAME...");
    if (const auto stop =
            options.parse(context, arguments, usage,
                          tr("Give --promotion NUMBER and at least one name. Usage: %1").arg(usage), 1, -1))
        return *stop;
    const Promotion &promotion = options.promotion();
    CommitteeStore *store = context.openStore();
    ScoringStore scoring(*store);
    scoring.setOperatorName(store->operatorName());
    const Result<QList<CommitteeMember>> added = scoring.addMembers(promotion.number, options.positionalArguments());
    if (!added)
        return context.fail(added.error());
    QStringList names;
    for (const CommitteeMember &member : added.value())
        names.append(member.name);
    context.out() << tr("%n member(s) added to the committee of %1: %2.", nullptr, int(names.size()))
                         .arg(promotion.label(), names.join(QStringLiteral(", ")))
                  << Qt::endl;
    return CliContext::success;
}

int MembersCommand::copy(CliContext &context, const QStringList &arguments)
{
    PromotionArguments options(tr("The promotion that receives the committee."), tr("NUMBER"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("The earlier promotion whose members and criteria are copied."), tr("NUMBER"));
    options.parser().addOption(fromOption);
    const QString usage = QStringLiteral("fast-committee members copy --from NUMBER --promotion NUMBER");
    if (const auto stop = options.parse(context, arguments, usage,
                                        tr("Give --from NUMBER and --promotion NUMBER. Usage: %1").arg(usage)))
        return *stop;
    if (!options.parser().isSet(fromOption))
        return context.fail(tr("Give --from NUMBER and --promotion NUMBER. Usage: %1").arg(usage),
                            CliContext::usageError);
    const std::optional<Promotion> source = context.findPromotion(options.parser().value(fromOption));
    if (!source)
        return CliContext::refused;
    const Promotion &promotion = options.promotion();
    CommitteeStore *store = context.openStore();
    ScoringStore scoring(*store);
    scoring.setOperatorName(store->operatorName());
    const Result<CommitteeCopy> copied = scoring.copyCommittee(source->number, promotion.number);
    if (!copied)
        return context.fail(copied.error());
    QStringList names;
    for (const CommitteeMember &member : copied.value().addedMembers)
        names.append(member.name);
    context.out()
        << tr("%n member(s) copied from %1 to %2", nullptr, int(names.size())).arg(source->label(), promotion.label());
    if (!names.isEmpty())
        context.out() << QStringLiteral(": ") << names.join(QStringLiteral(", "));
    context.out() << QStringLiteral(".") << Qt::endl;
    if (!copied.value().membersAlreadyThere.isEmpty())
        context.out()
            << tr("Already on the committee: %1.").arg(copied.value().membersAlreadyThere.join(QStringLiteral(", ")))
            << Qt::endl;
    context.out() << (copied.value().criteriaChanged
                          ? tr("Criteria copied from %1.").arg(source->label())
                          : tr("The criteria were already those of %1.").arg(source->label()))
                  << Qt::endl;
    return CliContext::success;
}

int MembersCommand::list(CliContext &context, const QStringList &arguments)
{
    PromotionArguments options(tr("The promotion."), tr("NUMBER"), tr("Prints a JSON array."));
    const QString usage = QStringLiteral("fast-committee members list --promotion NUMBER [--json]");
    if (const auto stop = options.parse(context, arguments, usage, tr("Give --promotion NUMBER. Usage: %1").arg(usage)))
        return *stop;
    const Promotion &promotion = options.promotion();
    const std::optional<QList<CommitteeMember>> read = context.read(context.reads().members(promotion));
    if (!read)
        return CliContext::refused;
    const QList<CommitteeMember> &members = *read;
    if (options.json()) {
        QJsonArray array;
        for (const CommitteeMember &member : members)
            array.append(member.name);
        context.printJson(QJsonDocument(array));
        return CliContext::success;
    }
    if (members.isEmpty()) {
        context.out() << tr("The committee of %1 has no member yet.").arg(promotion.label()) << Qt::endl;
        return CliContext::success;
    }
    for (const CommitteeMember &member : members)
        context.out() << member.name << Qt::endl;
    return CliContext::success;
}
