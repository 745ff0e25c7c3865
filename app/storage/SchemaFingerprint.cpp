#include "SchemaFingerprint.h"

#include "Migrations.h"
#include "SqlDialect.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Separates the fields of a column's line; never part of a name SQLite would print back to us.
constexpr QChar fieldSeparator(0x1f);

QString reason(const QSqlError &error)
{
    // SQLite's own words ("database disk image is malformed"), not Qt's "Unable to execute statement".
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString key(const QString &type, const QString &name)
{
    return type + fieldSeparator + name;
}

} // namespace

Result<QStringList> SchemaFingerprint::differences(QSqlDatabase database, int version)
{
    const Result<QList<SchemaObject>> wanted = expected(version);
    if (!wanted)
        return Result<QStringList>::failure(wanted.error());
    const Result<QList<SchemaObject>> found = read(database, false);
    if (!found)
        return Result<QStringList>::failure(found.error());

    QHash<QString, const SchemaObject *> foundByKey;
    for (const SchemaObject &object : found.value())
        foundByKey.insert(key(object.type, object.name), &object);
    QHash<QString, const SchemaObject *> wantedByKey;
    for (const SchemaObject &object : wanted.value())
        wantedByKey.insert(key(object.type, object.name), &object);

    QStringList missingObjects;
    QStringList changedObjects;
    for (const SchemaObject &object : wanted.value()) {
        const SchemaObject *actual = foundByKey.value(key(object.type, object.name));
        if (!actual) {
            missingObjects.append(missing(object));
        } else if (actual->sql != object.sql || actual->table != object.table) {
            SchemaObject withColumns = *actual;
            // Columns are read only for a table that differs: the healthy path stays one query.
            if (object.type == QLatin1String("table")) {
                const Result<QStringList> actualColumns = columns(database, actual->name);
                if (!actualColumns)
                    return Result<QStringList>::failure(actualColumns.error());
                withColumns.columns = actualColumns.value();
            }
            changedObjects.append(changed(object, withColumns, version));
        }
    }
    QStringList unexpectedObjects;
    for (const SchemaObject &object : found.value()) {
        if (!wantedByKey.contains(key(object.type, object.name)))
            unexpectedObjects.append(unexpected(object));
    }
    return Result<QStringList>::success(missingObjects + changedObjects + unexpectedObjects);
}

Result<QList<SchemaFingerprint::SchemaObject>> SchemaFingerprint::read(QSqlDatabase database, bool withColumns)
{
    QList<SchemaObject> objects;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(SqlDialect::schemaObjects()))
        return Result<QList<SchemaObject>>::failure(reason(query.lastError()));
    while (query.next())
        objects.append({query.value(0).toString(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        query.value(3).toString(),
                        {}});
    query.finish();
    if (withColumns) {
        for (SchemaObject &object : objects) {
            if (object.type != QLatin1String("table"))
                continue;
            const Result<QStringList> tableColumns = columns(database, object.name);
            if (!tableColumns)
                return Result<QList<SchemaObject>>::failure(tableColumns.error());
            object.columns = tableColumns.value();
        }
    }
    return Result<QList<SchemaObject>>::success(objects);
}

Result<QList<SchemaFingerprint::SchemaObject>> SchemaFingerprint::expected(int version)
{
    // Built once per version and process: opening a database then costs one read of sqlite_master.
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    const QMutexLocker locker(&mutex);
    if (const auto found = cache.constFind(version); found != cache.constEnd())
        return Result<QList<SchemaObject>>::success(found.value());
    const Result<QList<SchemaObject>> built = build(version);
    if (built)
        cache.insert(version, built.value());
    return built;
}

Result<QList<SchemaFingerprint::SchemaObject>> SchemaFingerprint::build(int version)
{
    static QAtomicInteger<quint64> counter;
    const QString connectionName = QStringLiteral("fast-committee-schema-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    Result<QList<SchemaObject>> result = Result<QList<SchemaObject>>::failure(QString());
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open()) {
            result = Result<QList<SchemaObject>>::failure(reason(memory.lastError()));
        } else if (const Outcome upgraded = Migrations::upgrade(memory, 0, version); !upgraded) {
            result = Result<QList<SchemaObject>>::failure(upgraded.error());
        } else {
            result = read(memory, true);
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

Result<QStringList> SchemaFingerprint::columns(QSqlDatabase database, const QString &table)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(SqlDialect::tableColumns(table)))
        return Result<QStringList>::failure(reason(query.lastError()));
    QStringList lines;
    // Columns: cid, name, type, notnull, dflt_value, pk, hidden. The position (cid) is left out so that a
    // dropped column names itself, not every column after it.
    while (query.next()) {
        QStringList fields;
        for (int field = 1; field <= 6; ++field)
            fields.append(query.value(field).toString());
        lines.append(fields.join(fieldSeparator));
    }
    return Result<QStringList>::success(lines);
}

QString SchemaFingerprint::columnName(const QString &columnLine)
{
    return columnLine.section(fieldSeparator, 0, 0);
}

QString SchemaFingerprint::missing(const SchemaObject &object)
{
    if (object.type == QLatin1String("table"))
        return tr("missing table \"%1\"").arg(object.name);
    if (object.type == QLatin1String("index"))
        return tr("missing index \"%1\" on table %2").arg(object.name, object.table);
    if (object.type == QLatin1String("trigger"))
        return tr("missing trigger \"%1\" on table %2").arg(object.name, object.table);
    return tr("missing view \"%1\"").arg(object.name);
}

QString SchemaFingerprint::unexpected(const SchemaObject &object)
{
    if (object.type == QLatin1String("table"))
        return tr("unexpected table \"%1\"").arg(object.name);
    if (object.type == QLatin1String("index"))
        return tr("unexpected index \"%1\" on table %2").arg(object.name, object.table);
    if (object.type == QLatin1String("trigger"))
        return tr("unexpected trigger \"%1\" on table %2").arg(object.name, object.table);
    return tr("unexpected view \"%1\"").arg(object.name);
}

QString SchemaFingerprint::changed(const SchemaObject &expected, const SchemaObject &actual, int version)
{
    if (expected.type != QLatin1String("table")) {
        if (expected.type == QLatin1String("index"))
            return tr("index \"%1\" on table %2 differs from schema %3").arg(expected.name, actual.table).arg(version);
        if (expected.type == QLatin1String("trigger"))
            return tr("trigger \"%1\" on table %2 differs from schema %3")
                .arg(expected.name, actual.table)
                .arg(version);
        return tr("view \"%1\" differs from schema %2").arg(expected.name).arg(version);
    }

    QHash<QString, QString> actualByName;
    for (const QString &line : actual.columns)
        actualByName.insert(columnName(line), line);
    QHash<QString, QString> expectedByName;
    for (const QString &line : expected.columns)
        expectedByName.insert(columnName(line), line);
    QStringList details;
    for (const QString &line : expected.columns) {
        const QString name = columnName(line);
        if (!actualByName.contains(name))
            details.append(tr("missing column \"%1\"").arg(name));
        else if (actualByName.value(name) != line)
            details.append(tr("column \"%1\" changed").arg(name));
    }
    for (const QString &line : actual.columns) {
        if (!expectedByName.contains(columnName(line)))
            details.append(tr("unexpected column \"%1\"").arg(columnName(line)));
    }
    if (details.isEmpty())
        details.append(tr("its constraints changed"));
    return tr("table %1 differs from schema %2 (%3)")
        .arg(expected.name)
        .arg(version)
        .arg(details.join(QStringLiteral(", ")));
}
