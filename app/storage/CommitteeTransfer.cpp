#include "CommitteeTransfer.h"

#include "SqlDialect.h"
#include "TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// The tables whose rows are numbered by an identity column "id".
const QStringList numberedTables{QStringLiteral("promotions"),     QStringLiteral("candidates"),
                                 QStringLiteral("audit_log"),      QStringLiteral("members"),
                                 QStringLiteral("criteria"),       QStringLiteral("scenarios"),
                                 QStringLiteral("column_mappings")};

// The engines' own bookkeeping, which every database has of its own.
bool isBookkeeping(const QString &table)
{
    return table == QLatin1String("sqlite_sequence") || table == QLatin1String("schema_version");
}

QString reason(const QSqlQuery &query)
{
    const QString text = query.lastError().databaseText().trimmed();
    return text.isEmpty() ? query.lastError().text() : text;
}

} // namespace

const QStringList &CommitteeTransfer::tablesInCopyOrder()
{
    static const QStringList tables{
        QStringLiteral("years"),           QStringLiteral("promotions"), QStringLiteral("candidates"),
        QStringLiteral("members"),         QStringLiteral("criteria"),   QStringLiteral("notes"),
        QStringLiteral("recusals"),        QStringLiteral("scenarios"),  QStringLiteral("scenario_exclusions"),
        QStringLiteral("column_mappings"), QStringLiteral("audit_log"),  QStringLiteral("agreements"),
        QStringLiteral("tranches"),        QStringLiteral("milestones")};
    return tables;
}

Result<CommitteeTransfer::Summary> CommitteeTransfer::copy(const QSqlDatabase &source, const QSqlDatabase &target)
{
    // A table this version does not know would be left behind without a word: refuse instead.
    const Result<QStringList> sourceTables = committeeTables(source);
    if (!sourceTables)
        return Result<Summary>::failure(sourceTables.error());
    for (const QString &table : sourceTables.value()) {
        if (!tablesInCopyOrder().contains(table))
            return Result<Summary>::failure(
                tr("the source has a table \"%1\" that this version of Comité FAST does not copy").arg(table));
    }

    // Only a new database: the years its schema seeds, nothing else.
    int targetRows = 0;
    for (const QString &table : tablesInCopyOrder()) {
        if (table == QLatin1String("years"))
            continue;
        const Result<int> rows = count(target, table);
        if (!rows)
            return Result<Summary>::failure(rows.error());
        targetRows += rows.value();
    }
    if (targetRows > 0)
        return Result<Summary>::failure(tr(
            "the target already holds a committee (%n row(s)): copy into a new, empty database", nullptr, targetRows));

    TransactionGuard transaction(target);
    if (!transaction.isActive())
        return Result<Summary>::failure(transaction.beginError());
    {
        QSqlQuery clear(target);
        if (!clear.exec(QStringLiteral("DELETE FROM years")))
            return Result<Summary>::failure(tr("the target refused to clear its years: %1").arg(reason(clear)));
    }
    Summary summary;
    for (const QString &table : tablesInCopyOrder()) {
        int rows = 0;
        if (const QString error = copyRows(source, target, table, &rows); !error.isEmpty())
            return Result<Summary>::failure(error);
        summary.rowsPerTable.append({table, rows});
        if (numberedTables.contains(table)) {
            const Result<qint64> counter = idCounter(source, table);
            if (!counter)
                return Result<Summary>::failure(counter.error());
            if (const QString error = setIdCounter(target, table, counter.value()); !error.isEmpty())
                return Result<Summary>::failure(error);
        }
    }

    // The check, before the commit: the same rows, and the same money in every promotion.
    for (const auto &[table, rows] : summary.rowsPerTable) {
        const Result<int> sourceRows = count(source, table);
        const Result<int> copiedRows = count(target, table);
        if (!sourceRows || !copiedRows)
            return Result<Summary>::failure(sourceRows ? copiedRows.error() : sourceRows.error());
        if (sourceRows.value() != copiedRows.value())
            return Result<Summary>::failure(
                tr("the copy of table %1 has %n row(s) where the source has %2", nullptr, copiedRows.value())
                    .arg(table)
                    .arg(sourceRows.value()));
    }
    const Result<QStringList> sourceTotals = promotionTotals(source);
    const Result<QStringList> copiedTotals = promotionTotals(target);
    if (!sourceTotals || !copiedTotals)
        return Result<Summary>::failure(sourceTotals ? copiedTotals.error() : sourceTotals.error());
    for (qsizetype i = 0; i < sourceTotals.value().size(); ++i) {
        if (copiedTotals.value().value(i) != sourceTotals.value().at(i))
            return Result<Summary>::failure(tr("the copy's totals differ from the source's: %1 where the source has %2")
                                                .arg(copiedTotals.value().value(i), sourceTotals.value().at(i)));
    }
    if (const Outcome committed = transaction.commit(); !committed)
        return Result<Summary>::failure(committed.error());
    for (const auto &[table, rows] : summary.rowsPerTable) {
        if (table == QLatin1String("promotions"))
            summary.promotions = rows;
        else if (table == QLatin1String("candidates"))
            summary.candidates = rows;
        else if (table == QLatin1String("audit_log"))
            summary.auditRows = rows;
    }
    return Result<Summary>::success(summary);
}

Result<QStringList> CommitteeTransfer::committeeTables(const QSqlDatabase &database)
{
    QStringList tables;
    for (const QString &table : database.tables(QSql::Tables)) {
        if (!isBookkeeping(table))
            tables.append(table);
    }
    if (tables.isEmpty())
        return Result<QStringList>::failure(tr("the source holds no committee table"));
    return Result<QStringList>::success(tables);
}

Result<int> CommitteeTransfer::count(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    // The table names are this class's own, never the user's.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return Result<int>::failure(tr("cannot count the rows of %1: %2").arg(table, reason(query)));
    return Result<int>::success(query.value(0).toInt());
}

QString CommitteeTransfer::copyRows(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table,
                                    int *rows)
{
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return tr("cannot read table %1: %2").arg(table, reason(read));
    const QSqlRecord record = read.record();
    QStringList columns;
    QStringList placeholders;
    for (int column = 0; column < record.count(); ++column) {
        columns.append(record.fieldName(column));
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery write(target);
    // An id given explicitly: the copy keeps every row's number.
    const QString overriding = SqlDialect::isServer(target) && numberedTables.contains(table)
                                   ? QStringLiteral(" OVERRIDING SYSTEM VALUE")
                                   : QString();
    if (!write.prepare(
            QStringLiteral("INSERT INTO %1 (%2)%3 VALUES (%4)")
                .arg(table, columns.join(QStringLiteral(", ")), overriding, placeholders.join(QStringLiteral(", ")))))
        return tr("the target refused table %1: %2").arg(table, reason(write));
    *rows = 0;
    while (read.next()) {
        for (int column = 0; column < record.count(); ++column)
            write.bindValue(column, read.value(column));
        if (!write.exec())
            return tr("the target refused row %1 of table %2: %3").arg(*rows + 1).arg(table, reason(write));
        ++*rows;
    }
    if (read.lastError().isValid())
        return tr("cannot read table %1: %2").arg(table, reason(read));
    return QString();
}

Result<qint64> CommitteeTransfer::idCounter(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    if (SqlDialect::isServer(database)) {
        if (!query.exec(QStringLiteral("SELECT pg_get_serial_sequence('%1', 'id')").arg(table)) || !query.next())
            return Result<qint64>::failure(tr("cannot read the numbering of %1: %2").arg(table, reason(query)));
        const QString sequence = query.value(0).toString();
        if (!query.exec(
                QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM %1").arg(sequence)) ||
            !query.next())
            return Result<qint64>::failure(tr("cannot read the numbering of %1: %2").arg(table, reason(query)));
        return Result<qint64>::success(query.value(0).toLongLong());
    }
    // SQLite keeps the last id an AUTOINCREMENT table gave; a table that never had a row has none.
    query.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
    query.addBindValue(table);
    if (!query.exec())
        return Result<qint64>::failure(tr("cannot read the numbering of %1: %2").arg(table, reason(query)));
    return Result<qint64>::success(query.next() ? query.value(0).toLongLong() : 0);
}

QString CommitteeTransfer::setIdCounter(const QSqlDatabase &database, const QString &table, qint64 value)
{
    QSqlQuery query(database);
    if (SqlDialect::isServer(database)) {
        // setval cannot go below 1: "never called" then gives 1 to the next row, as a new table would.
        const bool ok = query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), %2, %3)")
                                       .arg(table)
                                       .arg(qMax<qint64>(value, 1))
                                       .arg(value > 0 ? QStringLiteral("true") : QStringLiteral("false")));
        return ok ? QString() : tr("cannot set the numbering of %1: %2").arg(table, reason(query));
    }
    if (value == 0)
        return QString();
    query.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = ?"));
    query.addBindValue(value);
    query.addBindValue(table);
    if (!query.exec())
        return tr("cannot set the numbering of %1: %2").arg(table, reason(query));
    if (query.numRowsAffected() > 0)
        return QString();
    query.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"));
    query.addBindValue(table);
    query.addBindValue(value);
    return query.exec() ? QString() : tr("cannot set the numbering of %1: %2").arg(table, reason(query));
}

Result<QStringList> CommitteeTransfer::promotionTotals(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral(
            "SELECT p.number, COUNT(c.id), CAST(COALESCE(SUM(c.annual_budget_cents), 0) AS BIGINT), "
            "CAST(COALESCE(SUM(c.requested_cents), 0) AS BIGINT), CAST(COALESCE(SUM(c.granted_cents), 0) AS BIGINT), "
            "p.envelope_cents "
            "FROM promotions p LEFT JOIN candidates c ON c.promotion_id = p.id "
            "GROUP BY p.number, p.envelope_cents ORDER BY p.number")))
        return Result<QStringList>::failure(tr("cannot add up the promotions: %1").arg(reason(query)));
    QStringList totals;
    while (query.next())
        totals.append(tr("FAST%1: candidates %2, budgets %3, requested %4, granted %5, envelope %6 (in cents)")
                          .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString(), query.value(4).toString(), query.value(5).toString()));
    return Result<QStringList>::success(totals);
}
