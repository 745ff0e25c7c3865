#pragma once

#include "ServerRole.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class Database;

// Sets up a committee on a PostgreSQL server for the roles the server enforces (issue #17, item 4), as its
// administrator (the database's owner or a superuser). init() creates the committee's three group roles,
// named after its database (ServerRole::groupName), and gives them what each may do: the secretariat
// changes the committee (candidates, envelopes, decisions, members, criteria, a promotion's status); a
// member reads everything and writes only their own notes and recusals (row-level security on notes and
// recusals, and a guard that refuses, rather than silently skips, deleting another member's rows); an
// observer reads. The audit log takes new rows from whoever may write and is changed by nobody but the
// administrator. A member is the committee_logins row that maps their login to a member's name: the member
// rows of every promotion whose name_key is that name's are theirs. Everything is idempotent: run again after
// an upgrade, it grants the new tables and changes nothing else.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    // The table that maps a member's login to their name in the committee (made by init, not a migration:
    // logins belong to the server, and an SQLite committee has none).
    static constexpr const char *loginsTable = "committee_logins";

    // On a committee database opened by its administrator (Database::open has migrated it and made its
    // change notices): the groups, grants and row-level security, in one transaction. Returns what it did,
    // one line each.
    static Result<QStringList> init(Database &database);

    struct Login
    {
        QString name;
        ServerRole::Kind kind = ServerRole::Kind::Member;
        // The member's name in the committee (a member only); the login when empty.
        QString memberName;
    };
    // Asked only when the login must be created: an existing login keeps its password.
    using PasswordSource = std::function<Result<QString>()>;
    // Creates the login (or moves an existing one) into the committee's group for its kind and maps a
    // member to their name, in one transaction. Returns what it did, one line each.
    static Result<QStringList> addLogin(Database &database, const Login &login, const PasswordSource &password);

    // A login name as this command accepts it, or why not.
    static Outcome checkLoginName(const QString &login);
    // A password as this command accepts it, or why not.
    static Outcome checkPassword(const QString &password);
    static constexpr int shortestPassword = 8;

private:
    static Outcome requireAdministrator(const Database &database, const QString &command);
    static QStringList grantStatements(const QSqlDatabase &server, const QString &databaseName);
    static QStringList scoringGuardStatements(const QString &databaseName);
};
