#include "ServerSchemaCheck.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

QString ServerSchemaCheck::askTheAdministrator(const QString &shownAddress)
{
    QUrl address(shownAddress);
    address.setUserName(QStringLiteral("ADMIN"));
    return tr("only its administrator can do it, with: fast-committee server init --db %1")
        .arg(address.toDisplayString(QUrl::RemovePassword));
}

Outcome ServerSchemaCheck::check(const QSqlDatabase &server, const QString &shownAddress, const ServerRole &role)
{
    QSqlQuery query(server);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !query.next())
        return Outcome::failure(tr("Cannot read the committee on %1: %2")
                                    .arg(shownAddress, StorageError::describe(query.lastError(), server)));
    if (!query.value(0).toBool())
        return Outcome::failure(tr("%1 holds no committee yet, and your role (%2) may not create one; %3.")
                                    .arg(shownAddress, role.label(), askTheAdministrator(shownAddress)));
    return Outcome::success();
}

Outcome ServerSchemaCheck::checkVersion(const QSqlDatabase &server, const QString &shownAddress, int version)
{
    if (version < Database::currentSchemaVersion)
        return Outcome::failure(tr("The committee on %1 has schema version %2, older than this version of Comité FAST "
                                   "(%3), and it must be upgraded; %4.")
                                    .arg(shownAddress)
                                    .arg(version)
                                    .arg(Database::currentSchemaVersion)
                                    .arg(askTheAdministrator(shownAddress)));
    // As many tables announce their changes as the statements that make the announcements name.
    const QStringList objects = SqlDialect::serverObjects(server);
    const auto expected = std::count_if(objects.cbegin(), objects.cend(), [](const QString &statement) {
        return statement.startsWith(QLatin1String("CREATE TRIGGER"));
    });
    QSqlQuery query(server);
    if (!query.exec(QStringLiteral("SELECT COUNT(DISTINCT tgrelid) FROM pg_trigger "
                                   "WHERE tgname = 'fast_committee_notify' AND NOT tgisinternal")) ||
        !query.next())
        return Outcome::failure(tr("Cannot read the committee on %1: %2")
                                    .arg(shownAddress, StorageError::describe(query.lastError(), server)));
    if (query.value(0).toLongLong() < expected)
        return Outcome::failure(tr("The committee on %1 does not announce its changes to the other windows yet "
                                   "(%2 of %3 tables); %4.")
                                    .arg(shownAddress)
                                    .arg(query.value(0).toLongLong())
                                    .arg(expected)
                                    .arg(askTheAdministrator(shownAddress)));
    return Outcome::success();
}
