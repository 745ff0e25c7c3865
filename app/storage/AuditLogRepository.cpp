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
    m_append.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    m_append.addBindValue(text(entry.operatorName));
    m_append.addBindValue(entry.promotionNumber > 0 ? QVariant(entry.promotionNumber)
                                                    : QVariant(QMetaType(QMetaType::Int)));
    m_append.addBindValue(entry.action);
    m_append.addBindValue(text(entry.subject));
    m_append.addBindValue(optionalText(entry.oldValue));
    m_append.addBindValue(optionalText(entry.newValue));
    if (!m_append.exec())
        return Outcome::failure(tr("Cannot write the audit log: %1").arg(m_append.lastError().text()));
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
