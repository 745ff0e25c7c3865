#include "MemberRepository.h"

#include "StorageError.h"

#include "domain/TextKey.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

MemberRepository::MemberRepository(QSqlDatabase database) : m_database(std::move(database))
{}

Result<QList<CommitteeMember>> MemberRepository::forPromotion(qint64 promotionId) const
{
    QList<CommitteeMember> members;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name FROM members WHERE promotion_id = ? ORDER BY id"));
    query.addBindValue(promotionId);
    if (!query.exec())
        return Result<QList<CommitteeMember>>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the committee members")));
    while (query.next())
        members.append({query.value(0).toLongLong(), query.value(1).toString()});
    if (query.lastError().isValid())
        return Result<QList<CommitteeMember>>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the committee members")));
    return Result<QList<CommitteeMember>>::success(members);
}

Result<qint64> MemberRepository::insert(qint64 promotionId, const QString &name)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO members (promotion_id, name, name_key) VALUES (?, ?, ?)"));
    query.addBindValue(promotionId);
    query.addBindValue(name);
    query.addBindValue(TextKey::fold(name));
    if (!query.exec())
        return Result<qint64>::failure(StorageError::message(
            query.lastError(), m_database, tr("Cannot save the committee member: %1").arg(query.lastError().text())));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

Outcome MemberRepository::remove(qint64 memberId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM members WHERE id = ?"));
    query.addBindValue(memberId);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database, tr("Cannot remove the committee member: %1").arg(query.lastError().text())));
    return Outcome::success();
}
