#include "DbCommand.h"

#include "CliContext.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"

#include <QDir>
#include <QFileInfo>

int DbCommand::run(CliContext &context, const QStringList &arguments, const QString &databaseOption)
{
    const auto checkDatabase = [&databaseOption](CliContext &each, const QStringList &rest) {
        return check(each, rest, databaseOption);
    };
    return context.runAction(arguments, {{QStringLiteral("check"), checkDatabase}},
                             tr("Usage: fast-committee db check [--db PATH] (\"%1\" is not a db command)."));
}

int DbCommand::check(CliContext &context, const QStringList &arguments, const QString &databaseOption)
{
    QCommandLineParser parser;
    const QString usage = QStringLiteral("fast-committee db check [--db PATH]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(tr("db check takes no argument. Usage: %1").arg(usage), CliContext::usageError);

    const QString path = Database::resolvePath(databaseOption);
    // The checks are SQLite's own, on the file's pages; a server keeps its pages itself.
    if (Database::isServerAddress(path))
        return context.fail(tr("db check reads a committee's SQLite file; a PostgreSQL server checks its own data "
                               "(pg_amcheck, on the server)."));
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const Result<DatabaseCheck::Report> checked = DatabaseCheck::run(path);
    if (!checked)
        return context.fail(checked.error());
    const DatabaseCheck::Report &report = checked.value();
    if (!report.problems.isEmpty()) {
        for (const QString &problem : report.problems)
            context.err() << tr("%1: %2").arg(shown, problem) << Qt::endl;
        return CliContext::refused;
    }
    context.out() << tr("%1: the database is sound (schema %2, %3, %4)")
                         .arg(shown)
                         .arg(report.schemaVersion)
                         .arg(tr("%n promotion(s)", nullptr, report.promotions),
                              tr("%n candidate(s)", nullptr, report.candidates))
                  << Qt::endl;
    return CliContext::success;
}
