#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

// The full check behind `fast-committee db check`: SQLite's integrity_check and foreign_key_check, and the
// schema compared with what the migrations build (SchemaFingerprint). Unlike Database::open, which only
// asks SQLite when its cheap checks are in doubt, it reads every page; and it never writes: no migration,
// no journal mode change, and a connection that cannot checkpoint a -wal file into the database.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    struct Report
    {
        int schemaVersion = 0;
        int promotions = 0;
        int candidates = 0;
        // One line per problem, in words; empty when the database is sound.
        QStringList problems;
    };

    // A failure when the file cannot be checked at all (missing, a folder, not SQLite, a newer schema).
    static Result<Report> run(const QString &path);

private:
    static void runChecks(const QString &connectionName, Report &report);
    static int count(const QString &connectionName, const QString &table);
};
