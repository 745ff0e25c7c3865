#pragma once

#include "ServerRole.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// What opening a server committee checks instead of writing, for a role that may not write its schema (a
// member, an observer, the secretariat): that the committee is there, at this version's schema, with its
// change notices; when it is not, the words say that only its administrator can bring it there, and how
// (`fast-committee server init`). Nothing is written.
class ServerSchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchemaCheck)

public:
    // Before the version is read: the committee's tables exist.
    static Outcome check(const QSqlDatabase &server, const QString &shownAddress, const ServerRole &role);
    // After: the version is this application's (a newer one is refused by Database before) and every table
    // announces its changes (SqlDialect::serverObjects).
    static Outcome checkVersion(const QSqlDatabase &server, const QString &shownAddress, int version);

private:
    static QString askTheAdministrator(const QString &shownAddress);
};
