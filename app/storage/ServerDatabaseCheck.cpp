#include "ServerDatabaseCheck.h"

#include "Database.h"
#include "Migrations.h"
#include "SqlDialect.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

// What the migrations build at one version: each table's columns and number of references.
struct ExpectedSchema
{
    QMap<QString, QStringList> columns;
    QHash<QString, int> references;
};

// Built by the migrations themselves, on an SQLite database in memory: the one description of the schema.
Result<ExpectedSchema> expectedSchema(int version, const QString &connectionName)
{
    ExpectedSchema schema;
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(QStringLiteral(":memory:"));
        if (!database.open()) {
            error = database.lastError().text();
        } else if (const Outcome built = Migrations::upgrade(database, 0, version); !built) {
            error = built.error();
        } else {
            QSqlQuery tables(database);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' ORDER BY name"));
            while (tables.next()) {
                const QString table = tables.value(0).toString();
                QSqlQuery columns(database);
                columns.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
                QStringList names;
                while (columns.next())
                    names.append(columns.value(1).toString());
                schema.columns.insert(table, names);
                QSqlQuery references(database);
                references.exec(
                    QStringLiteral("SELECT COUNT(DISTINCT id) FROM pragma_foreign_key_list('%1')").arg(table));
                schema.references.insert(table, references.next() ? references.value(0).toInt() : 0);
            }
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!error.isEmpty())
        return Result<ExpectedSchema>::failure(error);
    return Result<ExpectedSchema>::success(schema);
}

// The tables whose changes a server announces, as SqlDialect::serverObjects sets them up.
QStringList announcedTables(const QSqlDatabase &database)
{
    static const QRegularExpression trigger(QStringLiteral("^CREATE TRIGGER fast_committee_notify .* ON (\\w+) "));
    QStringList tables;
    for (const QString &statement : SqlDialect::serverObjects(database)) {
        if (const QRegularExpressionMatch match = trigger.match(statement); match.hasMatch())
            tables.append(match.captured(1));
    }
    return tables;
}

} // namespace

Result<DatabaseCheck::Report> ServerDatabaseCheck::run(const QString &address)
{
    using Report = DatabaseCheck::Report;
    const QUrl url(address, QUrl::StrictMode);
    const QString shown = QUrl(address, QUrl::TolerantMode).toDisplayString(QUrl::RemovePassword);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return Result<Report>::failure(
            tr("%1 is not a server address: write postgresql://USER@HOST:PORT/DATABASE.").arg(shown));
    static QAtomicInteger<quint64> counter;
    const QString connectionName =
        QStringLiteral("fast-committee-server-check-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    Report report;
    QString failure;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QLatin1String(SqlDialect::serverDriver), connectionName);
        database.setHostName(url.host());
        database.setPort(url.port(5432));
        database.setDatabaseName(url.path().mid(1));
        database.setUserName(url.userName());
        if (!url.password().isEmpty())
            database.setPassword(url.password());
        database.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=fast-committee"));
        if (!database.open()) {
            failure =
                tr("Cannot open the committee on %1: %2").arg(shown, database.lastError().databaseText().trimmed());
        } else {
            QSqlQuery query(database);
            if (!query.exec(SqlDialect::readSchemaVersion(database)) || !query.next()) {
                failure =
                    tr("%1 holds no Comité FAST committee: %2").arg(shown, query.lastError().databaseText().trimmed());
            } else {
                report.schemaVersion = query.value(0).toInt();
                query.finish();
                if (report.schemaVersion > Database::currentSchemaVersion)
                    failure = tr("%1 was written by a newer version of Comité FAST (schema %2; this version reads "
                                 "up to %3).")
                                  .arg(shown)
                                  .arg(report.schemaVersion)
                                  .arg(Database::currentSchemaVersion);
                else
                    runChecks(database, report);
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!failure.isEmpty())
        return Result<Report>::failure(failure);
    return Result<Report>::success(report);
}

void ServerDatabaseCheck::runChecks(QSqlDatabase &database, DatabaseCheck::Report &report)
{
    const Result<ExpectedSchema> expected =
        expectedSchema(report.schemaVersion, database.connectionName() + QStringLiteral("-expected"));
    if (!expected) {
        report.problems.append(tr("the schema it should have cannot be built: %1").arg(expected.error()));
        return;
    }
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const QString readFailed = tr("the server cannot describe the committee: %1");
    // The server keeps its schema version in a table of its own, where SQLite has user_version.
    if (!query.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                   "table_schema = current_schema() AND table_name <> 'schema_version' ORDER BY "
                                   "table_name, ordinal_position"))) {
        report.problems.append(readFailed.arg(query.lastError().databaseText().trimmed()));
        return;
    }
    QMap<QString, QStringList> columns;
    while (query.next())
        columns[query.value(0).toString()].append(query.value(1).toString());
    for (auto table = expected.value().columns.cbegin(); table != expected.value().columns.cend(); ++table) {
        if (!columns.contains(table.key())) {
            report.problems.append(tr("table %1 is missing").arg(table.key()));
            continue;
        }
        for (const QString &column : table.value()) {
            if (!columns.value(table.key()).contains(column))
                report.problems.append(tr("column %1 of table %2 is missing").arg(column, table.key()));
        }
        for (const QString &column : columns.value(table.key())) {
            if (!table.value().contains(column))
                report.problems.append(
                    tr("column %1 of table %2 was added outside Comité FAST").arg(column, table.key()));
        }
    }
    for (auto table = columns.cbegin(); table != columns.cend(); ++table) {
        if (!expected.value().columns.contains(table.key()))
            report.problems.append(tr("table %1 was added outside Comité FAST").arg(table.key()));
    }

    if (!query.exec(
            QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN "
                           "pg_namespace n ON n.oid = c.relnamespace WHERE t.tgname = "
                           "'fast_committee_notify' AND NOT t.tgisinternal AND n.nspname = current_schema()"))) {
        report.problems.append(readFailed.arg(query.lastError().databaseText().trimmed()));
        return;
    }
    QSet<QString> announced;
    while (query.next())
        announced.insert(query.value(0).toString());
    for (const QString &table : announcedTables(database)) {
        if (columns.contains(table) && !announced.contains(table))
            report.problems.append(
                tr("the changes of table %1 are not announced to the other windows (its trigger is missing)")
                    .arg(table));
    }

    if (!query.exec(QStringLiteral("SELECT c.relname, COUNT(*) FROM pg_constraint k JOIN pg_class c ON c.oid = "
                                   "k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f' "
                                   "AND k.convalidated AND n.nspname = current_schema() GROUP BY c.relname"))) {
        report.problems.append(readFailed.arg(query.lastError().databaseText().trimmed()));
        return;
    }
    QHash<QString, int> references;
    while (query.next())
        references.insert(query.value(0).toString(), query.value(1).toInt());
    for (auto table = expected.value().references.cbegin(); table != expected.value().references.cend(); ++table) {
        if (columns.contains(table.key()) && references.value(table.key()) < table.value())
            report.problems.append(tr("table %1 checks %2 of its %3 references to other tables")
                                       .arg(table.key())
                                       .arg(references.value(table.key()))
                                       .arg(table.value()));
    }

    if (report.problems.isEmpty() && report.schemaVersion >= 1) {
        for (const auto &[table, count] : {std::pair<QString, int *>{QStringLiteral("promotions"), &report.promotions},
                                           {QStringLiteral("candidates"), &report.candidates}}) {
            // The table is one of ours, never user input.
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && query.next())
                *count = query.value(0).toInt();
        }
    }
}
