#include "ServerCommand.h"

#include "CliContext.h"
#include "PasswordPrompt.h"
#include "storage/Database.h"
#include "storage/ServerRoles.h"

#include <QCommandLineParser>

namespace {

const QString initUsage = QStringLiteral("fast-committee server init --db postgresql://ADMIN@HOST:PORT/DATABASE");

QString addUsage(const QString &kind)
{
    return kind == QLatin1String("member")
               ? QStringLiteral("fast-committee server add-member LOGIN [--name NAME] [--password-stdin] --db "
                                "postgresql://ADMIN@HOST:PORT/DATABASE")
               : QStringLiteral("fast-committee server add-%1 LOGIN [--password-stdin] --db "
                                "postgresql://ADMIN@HOST:PORT/DATABASE")
                     .arg(kind);
}

} // namespace

int ServerCommand::run(CliContext &context, const QStringList &arguments, const QString &databaseOption)
{
    const auto initAction = [&databaseOption](CliContext &each, const QStringList &rest) {
        return init(each, rest, databaseOption);
    };
    const auto addAction = [&databaseOption](CliContext &each, const QStringList &rest) {
        return addLogin(each, rest, databaseOption);
    };
    return context.runAction(
        arguments,
        {{QStringLiteral("init"), initAction},
         {QStringLiteral("add-member"), addAction},
         {QStringLiteral("add-secretariat"), addAction},
         {QStringLiteral("add-observer"), addAction}},
        tr("Usage: fast-committee server init | add-member LOGIN [--name NAME] | add-secretariat "
           "LOGIN | add-observer LOGIN, with --db postgresql://ADMIN@HOST:PORT/DATABASE (\"%1\" is "
           "not a server command)."));
}

int ServerCommand::init(CliContext &context, const QStringList &arguments, const QString &databaseOption)
{
    QCommandLineParser parser;
    if (const auto stop = context.parse(parser, arguments, initUsage))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(tr("server init takes no argument. Usage: %1").arg(initUsage), CliContext::usageError);
    const QString address = Database::resolvePath(databaseOption);
    if (!Database::isServerAddress(address))
        return context.fail(tr("server init sets up a committee on a PostgreSQL server: give its address with --db "
                               "postgresql://ADMIN@HOST:PORT/DATABASE."),
                            CliContext::usageError);
    Database database;
    if (const Outcome opened = database.open(address); !opened)
        return context.fail(opened.error());
    const Result<QStringList> done = ServerRoles::init(database);
    if (!done)
        return context.fail(done.error());
    for (const QString &line : done.value())
        context.out() << line << Qt::endl;
    return CliContext::success;
}

int ServerCommand::addLogin(CliContext &context, const QStringList &arguments, const QString &databaseOption)
{
    const QString action = arguments.value(0);
    const QString kindKey = action.mid(QStringLiteral("add-").size());
    const ServerRole::Kind kind = kindKey == QLatin1String("secretariat") ? ServerRole::Kind::Secretariat
                                  : kindKey == QLatin1String("observer")  ? ServerRole::Kind::Observer
                                                                          : ServerRole::Kind::Member;
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("The member's name in the committee, as the scoring grid shows it (else "
                                           "the login)."),
                                        tr("NAME"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         tr("Read the new login's password from the first line of standard input."));
    if (kind == ServerRole::Kind::Member)
        parser.addOption(nameOption);
    parser.addOption(stdinOption);
    const QString usage = addUsage(kindKey);
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("server %1 takes one login. Usage: %2").arg(action, usage), CliContext::usageError);
    const QString address = Database::resolvePath(databaseOption);
    if (!Database::isServerAddress(address))
        return context.fail(tr("server %1 works on a committee on a PostgreSQL server: give its address with --db "
                               "postgresql://ADMIN@HOST:PORT/DATABASE.")
                                .arg(action),
                            CliContext::usageError);

    ServerRoles::Login login;
    login.name = parser.positionalArguments().first();
    login.kind = kind;
    if (kind == ServerRole::Kind::Member)
        login.memberName = parser.value(nameOption);
    // Refused before the server is asked anything, and before a password is.
    if (const Outcome valid = ServerRoles::checkLoginName(login.name); !valid)
        return context.fail(valid.error());
    Database database;
    if (const Outcome opened = database.open(address); !opened)
        return context.fail(opened.error());
    const bool fromStandardInput = parser.isSet(stdinOption);
    const Result<QStringList> done = ServerRoles::addLogin(database, login, [&context, fromStandardInput, &login] {
        return PasswordPrompt::read(context.err(), fromStandardInput, login.name);
    });
    if (!done)
        return context.fail(done.error());
    for (const QString &line : done.value())
        context.out() << line << Qt::endl;
    return CliContext::success;
}
