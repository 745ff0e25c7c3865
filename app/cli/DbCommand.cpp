#include "DbCommand.h"

#include "CliContext.h"
#include "storage/CommitteeTransfer.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/ServerDatabaseCheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

int DbCommand::run(CliContext &context, const QStringList &arguments, const QString &databaseOption)
{
    const auto checkDatabase = [&databaseOption](CliContext &each, const QStringList &rest) {
        return check(each, rest, databaseOption);
    };
    return context.runAction(
        arguments, {{QStringLiteral("check"), checkDatabase}, {QStringLiteral("copy"), copy}},
        tr("Usage: fast-committee db check [--db PATH] | db copy --from SOURCE --to TARGET (\"%1\" is not a db "
           "command)."));
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
    // On a server, what applies there (its pages are its own): the schema, the change notices, the references.
    const bool server = Database::isServerAddress(path);
    const QString shown = server ? QUrl(path, QUrl::TolerantMode).toDisplayString(QUrl::RemovePassword)
                                 : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const Result<DatabaseCheck::Report> checked = server ? ServerDatabaseCheck::run(path) : DatabaseCheck::run(path);
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

int DbCommand::copy(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("The committee to copy: an SQLite file or a postgresql:// address."), tr("SOURCE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("Where to copy it: a new SQLite file, or an empty database on a server."),
                                      tr("TARGET"));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    const QString usage = QStringLiteral("fast-committee db copy --from SOURCE --to TARGET");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!parser.isSet(fromOption) || !parser.isSet(toOption) || !parser.positionalArguments().isEmpty())
        return context.fail(tr("db copy takes --from and --to. Usage: %1").arg(usage), CliContext::usageError);
    const QString from = parser.value(fromOption);
    const QString to = parser.value(toOption);
    const auto shown = [](const QString &address) {
        return Database::isServerAddress(address) ? QUrl(address).toDisplayString(QUrl::RemovePassword)
                                                  : QDir::toNativeSeparators(QFileInfo(address).absoluteFilePath());
    };
    // Opening a missing file would make an empty committee of it.
    if (!Database::isServerAddress(from) && !QFileInfo::exists(from))
        return context.fail(tr("There is no database %1.").arg(shown(from)));
    if (!Database::isServerAddress(to) && QFileInfo::exists(to) && QFileInfo(to).size() > 0)
        return context.fail(tr("%1 already exists: db copy writes a new file, never over one.").arg(shown(to)));
    if (shown(from) == shown(to))
        return context.fail(tr("db copy needs two databases; %1 is both.").arg(shown(from)));

    Database source;
    if (const Outcome opened = source.open(from); !opened)
        return context.fail(opened.error());
    Database target;
    if (const Outcome opened = target.open(to); !opened)
        return context.fail(opened.error());
    const Result<CommitteeTransfer::Summary> copied = CommitteeTransfer::copy(source.connection(), target.connection());
    if (!copied) {
        // A new file that received nothing is removed, so that the copy can simply be run again.
        target.close();
        if (!Database::isServerAddress(to))
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(to + suffix);
        return context.fail(tr("Nothing was copied to %1: %2.").arg(shown(to), copied.error()));
    }
    context.out() << tr("Copied %1 to %2: %3, %4, %5; every table's rows and every promotion's totals match to the "
                        "cent.")
                         .arg(shown(from), shown(to), tr("%n promotion(s)", nullptr, copied.value().promotions),
                              tr("%n candidate(s)", nullptr, copied.value().candidates),
                              tr("%n audit row(s)", nullptr, copied.value().auditRows))
                  << Qt::endl;
    return CliContext::success;
}
