#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// The schema, versioned in code: step N brings a database from version N-1 to N. Steps are only ever
// appended; a released step is never edited.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    // Runs the steps after fromVersion, all in one transaction, and records the new user_version.
    static Outcome upgrade(QSqlDatabase database, int fromVersion);
    // The same, stopping at toVersion: SchemaFingerprint builds an older version's schema to compare a file with.
    static Outcome upgrade(QSqlDatabase database, int fromVersion, int toVersion);

private:
    // In the dialect of the database (SQLite when none is given).
    static QList<QStringList> steps(const QSqlDatabase &database = QSqlDatabase());
};
