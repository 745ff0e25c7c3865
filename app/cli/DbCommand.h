#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee db check: the whole database verified (SQLite's integrity and foreign-key checks, the
// schema against the migrations'), without writing a byte to it. db copy: a whole committee copied between
// an SQLite file and a PostgreSQL server, either way (CommitteeTransfer).
class DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)

public:
    // databaseOption is --db as given (empty when not): the file is checked where it is, never created.
    static int run(CliContext &context, const QStringList &arguments, const QString &databaseOption);

private:
    static int check(CliContext &context, const QStringList &arguments, const QString &databaseOption);
    static int copy(CliContext &context, const QStringList &arguments);
};
