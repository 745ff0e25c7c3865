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
    return context.runAction(arguments, {{QStringLiteral("add"), &add}, {QStringLiteral("list"), &list}},
                             tr("Usage: fast-committee members add|list ... (\"%1\" is not one of them)."));
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
