#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee server: sets a committee up on an existing PostgreSQL server, as its administrator (the
// database's owner or a superuser). `server init` migrates the schema, makes the change notices, the
// committee's group roles, their grants and the row-level security (ServerRoles::init); `server add-member
// LOGIN [--name NAME]`, `add-secretariat LOGIN` and `add-observer LOGIN` create a login in the right group,
// or move an existing one there, its password asked on the terminal or read with --password-stdin.
class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    static int run(CliContext &context, const QStringList &arguments, const QString &databaseOption);

private:
    static int init(CliContext &context, const QStringList &arguments, const QString &databaseOption);
    static int addLogin(CliContext &context, const QStringList &arguments, const QString &databaseOption);
};
