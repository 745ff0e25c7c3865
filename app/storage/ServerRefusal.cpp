#include "ServerRefusal.h"

#include "ServerRole.h"

#include <QRegularExpression>

namespace {

// Longest first: scenario_exclusions before scenarios.
const QStringList &committeeTables()
{
    static const QStringList tables{QStringLiteral("scenario_exclusions"),
                                    QStringLiteral("committee_logins"),
                                    QStringLiteral("column_mappings"),
                                    QStringLiteral("schema_version"),
                                    QStringLiteral("candidates"),
                                    QStringLiteral("promotions"),
                                    QStringLiteral("agreements"),
                                    QStringLiteral("milestones"),
                                    QStringLiteral("audit_log"),
                                    QStringLiteral("scenarios"),
                                    QStringLiteral("recusals"),
                                    QStringLiteral("criteria"),
                                    QStringLiteral("members"),
                                    QStringLiteral("tranches"),
                                    QStringLiteral("notes"),
                                    QStringLiteral("years")};
    return tables;
}

} // namespace

bool ServerRefusal::isRefusal(const QSqlError &error)
{
    return error.type() != QSqlError::NoError && error.nativeErrorCode() == QLatin1String(sqlState);
}

QString ServerRefusal::refusedTable(const QString &serverText)
{
    for (const QString &table : committeeTables()) {
        const QRegularExpression word(QStringLiteral("(^|[^a-z0-9_])%1($|[^a-z0-9_])").arg(table));
        if (word.match(serverText).hasMatch())
            return table;
    }
    return QString();
}

QString ServerRefusal::notesRefusal(bool member, const QString &who)
{
    return member ? tr("Your role on this committee (%1) may not change another member's notes.").arg(who)
                  : tr("Your role on this committee (%1) may not change notes.").arg(who);
}

QString ServerRefusal::recusalsRefusal(bool member, const QString &who)
{
    return member ? tr("Your role on this committee (%1) may not change another member's recusals.").arg(who)
                  : tr("Your role on this committee (%1) may not change recusals.").arg(who);
}

QString ServerRefusal::notesRefusal(const ServerRole &role)
{
    return notesRefusal(role.kind() == ServerRole::Kind::Member, role.label());
}

QString ServerRefusal::recusalsRefusal(const ServerRole &role)
{
    return recusalsRefusal(role.kind() == ServerRole::Kind::Member, role.label());
}

QString ServerRefusal::followUpRefusal(const QString &who)
{
    return tr("Your role on this committee (%1) may not change the laureates' follow-up (agreements, payments, "
              "milestones).")
        .arg(who);
}

QString ServerRefusal::followUpRefusal(const ServerRole &role)
{
    return followUpRefusal(role.label());
}

QString ServerRefusal::message(const QSqlError &error, const QSqlDatabase &database)
{
    const ServerRole role = ServerRole::of(database.connectionName());
    // A committee not set up for roles (or a refusal to its administrator) names the login instead.
    const QString who = role.isManaged() && !role.label().isEmpty() ? role.label() : database.userName();
    // The first line only: a detail may mention other tables.
    const QString table = refusedTable(error.databaseText().section(QLatin1Char('\n'), 0, 0));
    const bool member = role.kind() == ServerRole::Kind::Member;
    if (table == QLatin1String("candidates"))
        return tr("Your role on this committee (%1) may not change candidates.").arg(who);
    if (table == QLatin1String("promotions"))
        return tr("Your role on this committee (%1) may not change promotions (their envelope, rule or status).")
            .arg(who);
    if (table == QLatin1String("notes"))
        return notesRefusal(member, who);
    if (table == QLatin1String("recusals"))
        return recusalsRefusal(member, who);
    if (table == QLatin1String("members"))
        return tr("Your role on this committee (%1) may not change the committee's members.").arg(who);
    if (table == QLatin1String("criteria"))
        return tr("Your role on this committee (%1) may not change the criteria.").arg(who);
    if (table == QLatin1String("years"))
        return tr("Your role on this committee (%1) may not change the years' budgets and targets.").arg(who);
    if (table == QLatin1String("agreements") || table == QLatin1String("tranches") ||
        table == QLatin1String("milestones"))
        return followUpRefusal(who);
    if (table == QLatin1String("audit_log"))
        return tr("Your role on this committee (%1) may not change the audit log.").arg(who);
    if (table == QLatin1String("scenarios") || table == QLatin1String("scenario_exclusions"))
        return tr("Your role on this committee (%1) may not save scenarios.").arg(who);
    if (table == QLatin1String("column_mappings"))
        return tr("Your role on this committee (%1) may not save column mappings.").arg(who);
    if (table == QLatin1String("schema_version") || table == QLatin1String("committee_logins"))
        return tr("Your role on this committee (%1) may not change the committee's schema or logins.").arg(who);
    return tr("Your role on this committee (%1) may not make this change; nothing was written.").arg(who);
}
