#include "AuditLogRepository.h"

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

} // namespace

AuditLogRepository::AuditLogRepository(QSqlDatabase database) : m_database(std::move(database)), m_append(m_database)
{}

Outcome AuditLogRepository::append(const AuditEntry &entry)
{
    if (!m_appendPrepared) {
        if (!m_append.prepare(QStringLiteral("INSERT INTO audit_log (at, operator, promotion_number, action, subject, "
                                             "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return Outcome::failure(tr("Cannot write the audit log: %1").arg(m_append.lastError().text()));
        m_appendPrepared = true;
    }
    // An import appends thousands of rows that differ only in their subject and new value: the other
    // values stay bound from the previous row (Qt keeps bound values across exec()), since binding a
    // value costs Qt more than SQLite's insert of it.
    const bool sameContext = m_contextBound && entry.at == m_lastAt && entry.operatorName == m_lastOperator &&
                             entry.promotionNumber == m_lastPromotionNumber && entry.action == m_lastAction &&
                             entry.oldValue == m_lastOldValue;
    if (!sameContext) {
        m_append.bindValue(0, entry.at.toUTC().toString(Qt::ISODateWithMs));
        m_append.bindValue(1, text(entry.operatorName));
        m_append.bindValue(2, entry.promotionNumber > 0 ? QVariant(entry.promotionNumber)
                                                        : QVariant(QMetaType(QMetaType::Int)));
        m_append.bindValue(3, entry.action);
        m_append.bindValue(5, optionalText(entry.oldValue));
        m_lastAt = entry.at;
        m_lastOperator = entry.operatorName;
        m_lastPromotionNumber = entry.promotionNumber;
        m_lastAction = entry.action;
        m_lastOldValue = entry.oldValue;
        m_contextBound = true;
    }
    m_append.bindValue(4, text(entry.subject));
    m_append.bindValue(6, optionalText(entry.newValue));
    if (!m_append.exec()) {
        m_contextBound = false;
        return Outcome::failure(tr("Cannot write the audit log: %1").arg(m_append.lastError().text()));
    }
    return Outcome::success();
}

QList<AuditEntry> AuditLogRepository::entries(std::optional<int> promotionNumber) const
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
    if (!query.exec()) {
        qWarning("audit log: %s", qPrintable(query.lastError().text()));
        return entries;
    }
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
    return entries;
}
