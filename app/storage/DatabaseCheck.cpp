#include "DatabaseCheck.h"

#include "Database.h"
#include "SchemaFingerprint.h"
#include "SqlDialect.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString reason(const QSqlError &error)
{
    // SQLite's own words, not Qt Sql's "Unable to execute statement".
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

Result<DatabaseCheck::Report> DatabaseCheck::run(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return Result<Report>::failure(tr("There is no database %1.").arg(shown));
    if (info.isDir())
        return Result<Report>::failure(tr("%1 is a folder, not a database file.").arg(shown));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<Report>::failure(tr("Cannot read the database %1: %2").arg(shown, file.errorString()));
        const QByteArray header = file.read(SqlDialect::fileHeaderSize());
        if (file.size() == 0)
            return Result<Report>::failure(tr("%1 is empty: it holds no database yet.").arg(shown));
        if (!SqlDialect::hasFileHeader(header))
            return Result<Report>::failure(
                tr("%1 is not a Comité FAST database (it is not an SQLite file).").arg(shown));
    }

    static QAtomicInteger<quint64> counter;
    const QString connectionName = QStringLiteral("fast-committee-check-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    Report report;
    QString failure;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        // With a -wal file present, a read-write connection would copy it into the database on closing: a
        // read-only one leaves both files as they are. Without one, a read-only connection would leave the
        // -wal and -shm files it creates behind, where a read-write one that only reads removes them.
        if (QFileInfo::exists(path + QStringLiteral("-wal")))
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open()) {
            failure = tr("Cannot open the database %1: %2").arg(shown, reason(database.lastError()));
        } else {
            QSqlQuery query(database);
            if (!query.exec(SqlDialect::readSchemaVersion(database)) || !query.next()) {
                report.problems.append(tr("SQLite cannot read it: %1").arg(reason(query.lastError())));
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
                    runChecks(connectionName, report);
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!failure.isEmpty())
        return Result<Report>::failure(failure);
    return Result<Report>::success(report);
}

void DatabaseCheck::runChecks(const QString &connectionName, Report &report)
{
    const QSqlDatabase database = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(SqlDialect::integrityCheck())) {
        report.problems.append(tr("SQLite cannot read it: %1").arg(reason(query.lastError())));
        return;
    }
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != QLatin1String("ok"))
            report.problems.append(tr("SQLite's integrity check: %1").arg(row.simplified()));
    }
    query.finish();

    const Result<QStringList> differences = SchemaFingerprint::differences(database, report.schemaVersion);
    if (!differences)
        report.problems.append(tr("SQLite cannot read its schema: %1").arg(differences.error()));
    else
        for (const QString &difference : differences.value())
            report.problems.append(tr("the schema was changed outside Comité FAST: %1").arg(difference));

    if (!query.exec(SqlDialect::foreignKeyCheck())) {
        report.problems.append(tr("SQLite cannot check its references: %1").arg(reason(query.lastError())));
    } else {
        // Columns: the table, the row's rowid, the table it refers to.
        while (query.next())
            report.problems.append(
                tr("row %1 of table %2 refers to a missing row of table %3")
                    .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
    }
    query.finish();

    if (report.problems.isEmpty() && report.schemaVersion >= 1) {
        report.promotions = count(connectionName, QStringLiteral("promotions"));
        report.candidates = count(connectionName, QStringLiteral("candidates"));
    }
}

int DatabaseCheck::count(const QString &connectionName, const QString &table)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    // The table is one of ours, never user input.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return 0;
    return query.value(0).toInt();
}
