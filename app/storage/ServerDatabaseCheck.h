#pragma once

#include "DatabaseCheck.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// `fast-committee db check` on a committee kept on a PostgreSQL server: what applies to a server, reported as
// DatabaseCheck reports a file. The schema version (not newer than this version reads), every table and
// column the migrations build and nothing else, the trigger that announces each table's changes to the other
// windows (SqlDialect::serverObjects), every reference (foreign key) the migrations declare, and the number of
// promotions and candidates. The server keeps its own pages sound; this reads only: no migration, no trigger
// set up, unlike opening the committee.
class ServerDatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(ServerDatabaseCheck)

public:
    // A failure when the committee cannot be checked at all (no connection, no committee there, a newer schema).
    static Result<DatabaseCheck::Report> run(const QString &address);

private:
    static void runChecks(QSqlDatabase &database, DatabaseCheck::Report &report);
};
