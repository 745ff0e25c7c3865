#include "TestSupport.h"

#include "cli/CommandLine.h"
#include "storage/SqlDialect.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>
#include <QUrl>
#include <QUuid>

namespace TestSupport {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

ProcessResult runCommittee(const QStringList &arguments, const QStringList &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FAST_COMMITTEE_DB"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString &assignment : extraEnvironment) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FAST_COMMITTEE_EXECUTABLE), arguments);
    ProcessResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

CommandLineRun runCommandLine(const QString &databasePath, QStringList arguments, const QString &operatorName)
{
    arguments.prepend(databasePath);
    arguments.prepend(QStringLiteral("--db"));
    if (!operatorName.isEmpty()) {
        arguments.prepend(operatorName);
        arguments.prepend(QStringLiteral("--operator"));
    }
    CommandLineRun run;
    QTextStream outStream(&run.out);
    QTextStream errStream(&run.err);
    run.exitCode = CommandLine::run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return run;
}

namespace {

// dumpTables on a PostgreSQL server: the schema version, every table of the committee with its columns, then
// each table's rows ordered by all their columns (a server has no rowid).
QString dumpServerTables(const QSqlDatabase &database)
{
    QStringList lines;
    QSqlQuery query(database);
    if (!query.exec(SqlDialect::readSchemaVersion(database)) || !query.next())
        return QStringLiteral("cannot read the schema version: ") + query.lastError().text();
    lines.append(QStringLiteral("user_version=") + query.value(0).toString());
    if (!query.exec(QStringLiteral("SELECT table_name, string_agg(column_name || ' ' || data_type || ' ' || "
                                   "is_nullable || ' ' || COALESCE(column_default, ''), ', ' ORDER BY "
                                   "ordinal_position) FROM information_schema.columns WHERE table_schema = "
                                   "current_schema() GROUP BY table_name ORDER BY table_name")))
        return QStringLiteral("cannot read the schema: ") + query.lastError().text();
    QStringList tables;
    while (query.next()) {
        lines.append(QStringLiteral("table | ") + query.value(0).toString() + QStringLiteral(" | ") +
                     query.value(1).toString());
        tables.append(query.value(0).toString());
    }
    for (const QString &table : std::as_const(tables)) {
        lines.append(QStringLiteral("== ") + table);
        QSqlQuery columns(database);
        if (!columns.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table)))
            return QStringLiteral("cannot read %1: %2").arg(table, columns.lastError().text());
        QStringList order;
        for (int column = 1; column <= columns.record().count(); ++column)
            order.append(QString::number(column));
        QSqlQuery rows(database);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(QLatin1Char(',')))))
            return QStringLiteral("cannot read %1: %2").arg(table, rows.lastError().text());
        while (rows.next()) {
            QStringList values;
            const QSqlRecord record = rows.record();
            for (int column = 0; column < record.count(); ++column)
                values.append(rows.isNull(column) ? QStringLiteral("NULL") : rows.value(column).toString());
            lines.append(values.join(QStringLiteral(" | ")));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString dumpTables(const QSqlDatabase &database)
{
    if (SqlDialect::isServer(database))
        return dumpServerTables(database);
    QStringList lines;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return QStringLiteral("cannot read user_version: ") + query.lastError().text();
    lines.append(QStringLiteral("user_version=") + query.value(0).toString());
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")))
        return QStringLiteral("cannot read the schema: ") + query.lastError().text();
    QStringList tables;
    while (query.next()) {
        lines.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()}.join(
            QStringLiteral(" | ")));
        if (query.value(0).toString() == QLatin1String("table"))
            tables.append(query.value(1).toString());
    }
    for (const QString &table : std::as_const(tables)) {
        lines.append(QStringLiteral("== ") + table);
        QSqlQuery rows(database);
        if (!rows.exec(QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(table)))
            return QStringLiteral("cannot read %1: %2").arg(table, rows.lastError().text());
        while (rows.next()) {
            QStringList values;
            const QSqlRecord record = rows.record();
            for (int column = 0; column < record.count(); ++column)
                values.append(rows.isNull(column) ? QStringLiteral("NULL") : rows.value(column).toString());
            lines.append(values.join(QStringLiteral(" | ")));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString dumpServer(const QString &address)
{
    // A plain connection, as the suites' SQLite dumps use: opening the committee through Database would
    // check its migrations and set up its change notices on every dump.
    const QUrl url(address);
    const QString connectionName = QStringLiteral("test-dump-") + QUuid::createUuid().toString(QUuid::Id128);
    QString dump;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        database.setHostName(url.host());
        database.setPort(url.port(5432));
        database.setUserName(url.userName());
        database.setDatabaseName(url.path().mid(1));
        dump = database.open() ? dumpTables(database) : QStringLiteral("cannot open: ") + database.lastError().text();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return dump;
}

bool runOnServer(const QString &address, const QStringList &statements)
{
    const QUrl url(address);
    const QString connectionName = QStringLiteral("test-raw-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        database.setHostName(url.host());
        database.setPort(url.port(5432));
        database.setUserName(url.userName());
        database.setDatabaseName(url.path().mid(1));
        ok = database.open();
        QSqlQuery query(database);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

QString integrityCheck(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("cannot run integrity_check: ") + query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

bool runRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery query(raw);
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace TestSupport
