#include "AuditLogRepository.h"

#include "BatchStatement.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QSqlError>
#include <QVariant>

namespace {

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// Qt binds a null QString as SQL NULL; the NOT NULL columns take "" instead (an operator may be unnamed).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Binds the entry's seven columns, in the order of the INSERTs below, from the placeholder at position;
// returns the position after the last one bound.
int bindEntry(QSqlQuery &query, int position, const AuditEntry &entry)
{
    query.bindValue(position++, entry.at.toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(position++, text(entry.operatorName));
    query.bindValue(position++,
                    entry.promotionNumber > 0 ? QVariant(entry.promotionNumber) : QVariant(QMetaType(QMetaType::Int)));
    query.bindValue(position++, entry.action);
    query.bindValue(position++, text(entry.subject));
    query.bindValue(position++, optionalText(entry.oldValue));
    query.bindValue(position++, optionalText(entry.newValue));
    return position;
}

// The INSERT of rows audit rows sharing their moment, operator, promotion and action: only each row's
// subject (:s0, :s1…), old value (:o0, :o1…) and new value (:n0, :n1…) are its own.
QString sharedContextStatement(const QSqlDatabase &database, qsizetype rows)
{
    QString sql = QStringLiteral("INSERT INTO audit_log (at, operator, promotion_number, action, subject, "
                                 "old_value, new_value) SELECT :at, :operator, :promotion, :action, column1, "
                                 "column2, column3 FROM (VALUES ");
    for (qsizetype row = 0; row < rows; ++row) {
        const QString number = QString::number(row);
        sql += (row == 0 ? QStringLiteral("(:s") : QStringLiteral(", (:s")) + number + QStringLiteral(", :o") + number +
               QStringLiteral(", :n") + number + QLatin1Char(')');
    }
    return sql + QLatin1Char(')') + SqlDialect::valuesColumns(database, 3);
}

} // namespace

AuditLogRepository::AuditLogRepository(QSqlDatabase database) : m_database(std::move(database)), m_append(m_database)
{}

Outcome AuditLogRepository::append(const AuditEntry &entry)
{
    if (!m_appendPrepared) {
        if (!m_append.prepare(QStringLiteral("INSERT INTO audit_log (at, operator, promotion_number, action, subject, "
                                             "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return Outcome::failure(
                StorageError::message(m_append.lastError(), m_database,
                                      tr("Cannot write the audit log: %1").arg(m_append.lastError().text())));
        m_appendPrepared = true;
    }
    bindEntry(m_append, 0, entry);
    if (!m_append.exec())
        return Outcome::failure(StorageError::message(
            m_append.lastError(), m_database, tr("Cannot write the audit log: %1").arg(m_append.lastError().text())));
    return Outcome::success();
}

Outcome AuditLogRepository::appendAll(const QList<AuditEntry> &entries)
{
    // Consecutive entries of the same moment, operator, promotion and action (an import's or a batch
    // removal's entries all are) go appendBatchRows at a time, binding only each row's subject, old and new
    // value: Qt's
    // binding of a value costs more than SQLite's insert of it (callgrind). Named placeholders, since
    // Qt formats a name for every value bound by position.
    const auto sameContext = [](const AuditEntry &a, const AuditEntry &b) {
        return a.at == b.at && a.operatorName == b.operatorName && a.promotionNumber == b.promotionNumber &&
               a.action == b.action;
    };
    QStringList subjectPlaceholders;
    QStringList oldValuePlaceholders;
    QStringList newValuePlaceholders;
    for (qsizetype row = 0; row < appendBatchRows; ++row) {
        subjectPlaceholders.append(QStringLiteral(":s") + QString::number(row));
        oldValuePlaceholders.append(QStringLiteral(":o") + QString::number(row));
        newValuePlaceholders.append(QStringLiteral(":n") + QString::number(row));
    }
    BatchStatement statement(m_database, appendBatchRows,
                             [this](qsizetype rows) { return sharedContextStatement(m_database, rows); });
    for (qsizetype first = 0; first < entries.size();) {
        qsizetype rows = 1;
        while (rows < appendBatchRows && first + rows < entries.size() &&
               sameContext(entries.at(first), entries.at(first + rows)))
            ++rows;
        QSqlError error;
        QSqlQuery *const batch = statement.prepared(rows, &error);
        if (!batch)
            return Outcome::failure(
                StorageError::message(error, m_database, tr("Cannot write the audit log: %1").arg(error.text())));
        QSqlQuery &query = *batch;
        const AuditEntry &context = entries.at(first);
        query.bindValue(QStringLiteral(":at"), context.at.toUTC().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":operator"), text(context.operatorName));
        query.bindValue(QStringLiteral(":promotion"), context.promotionNumber > 0
                                                          ? QVariant(context.promotionNumber)
                                                          : QVariant(QMetaType(QMetaType::Int)));
        query.bindValue(QStringLiteral(":action"), context.action);
        for (qsizetype row = 0; row < rows; ++row) {
            const AuditEntry &entry = entries.at(first + row);
            query.bindValue(subjectPlaceholders.at(row), text(entry.subject));
            query.bindValue(oldValuePlaceholders.at(row), optionalText(entry.oldValue));
            query.bindValue(newValuePlaceholders.at(row), optionalText(entry.newValue));
        }
        if (!query.exec())
            return Outcome::failure(StorageError::message(
                query.lastError(), m_database, tr("Cannot write the audit log: %1").arg(query.lastError().text())));
        first += rows;
    }
    return Outcome::success();
}

Result<std::optional<AuditEntry>> AuditLogRepository::latestAbout(const QString &subject) const
{
    using Found = std::optional<AuditEntry>;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at, operator, action, old_value, new_value FROM audit_log "
                                 "WHERE subject = ? OR substr(subject, 1, ?) = ? ORDER BY id DESC LIMIT 1"));
    const QString fieldPrefix = subject + QStringLiteral(" / ");
    query.addBindValue(subject);
    query.addBindValue(int(fieldPrefix.size()));
    query.addBindValue(fieldPrefix);
    if (!query.exec())
        return Result<Found>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the audit log")));
    if (!query.next())
        return Result<Found>::success(std::nullopt);
    AuditEntry entry;
    entry.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    entry.operatorName = query.value(1).toString();
    entry.action = query.value(2).toString();
    entry.subject = subject;
    entry.oldValue = query.value(3).toString();
    entry.newValue = query.value(4).toString();
    return Result<Found>::success(entry);
}

Result<QList<AuditEntry>> AuditLogRepository::entries(std::optional<int> promotionNumber) const
{
    QList<AuditEntry> entries;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    const QString select = QStringLiteral(
        "SELECT id, at, operator, promotion_number, action, subject, old_value, new_value FROM audit_log ");
    if (promotionNumber) {
        query.prepare(select + QStringLiteral("WHERE promotion_number = ? ORDER BY id DESC"));
        query.addBindValue(*promotionNumber);
    } else {
        query.prepare(select + QStringLiteral("ORDER BY id DESC"));
    }
    if (!query.exec())
        return Result<QList<AuditEntry>>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the audit log")));
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.operatorName = query.value(2).toString();
        entry.promotionNumber = query.value(3).toInt();
        entry.action = query.value(4).toString();
        entry.subject = query.value(5).toString();
        entry.oldValue = query.value(6).toString();
        entry.newValue = query.value(7).toString();
        entries.append(entry);
    }
    if (query.lastError().isValid())
        return Result<QList<AuditEntry>>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the audit log")));
    return Result<QList<AuditEntry>>::success(entries);
}
