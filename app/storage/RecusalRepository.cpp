#include "RecusalRepository.h"

#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

RecusalRepository::RecusalRepository(QSqlDatabase database) : m_database(std::move(database))
{}

Result<QList<QPair<qint64, qint64>>> RecusalRepository::forPromotion(qint64 promotionId) const
{
    QList<QPair<qint64, qint64>> pairs;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.candidate_id, r.member_id FROM recusals r "
                                 "JOIN members m ON m.id = r.member_id WHERE m.promotion_id = ? "
                                 "ORDER BY r.candidate_id, r.member_id"));
    query.addBindValue(promotionId);
    if (!query.exec())
        return Result<QList<QPair<qint64, qint64>>>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the recusals")));
    while (query.next())
        pairs.append(QPair<qint64, qint64>(query.value(0).toLongLong(), query.value(1).toLongLong()));
    if (query.lastError().isValid())
        return Result<QList<QPair<qint64, qint64>>>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the recusals")));
    return Result<QList<QPair<qint64, qint64>>>::success(pairs);
}

Outcome RecusalRepository::insert(qint64 candidateId, qint64 memberId)
{
    if (const Outcome removed = remove(candidateId, memberId); !removed)
        return removed;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO recusals (candidate_id, member_id) VALUES (?, ?)"));
    query.addBindValue(candidateId);
    query.addBindValue(memberId);
    if (!query.exec())
        return Outcome::failure(StorageError::message(query.lastError(), m_database,
                                                      tr("Cannot save the recusal: %1").arg(query.lastError().text())));
    return Outcome::success();
}

Outcome RecusalRepository::remove(qint64 candidateId, qint64 memberId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM recusals WHERE candidate_id = ? AND member_id = ?"));
    query.addBindValue(candidateId);
    query.addBindValue(memberId);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database, tr("Cannot remove the recusal: %1").arg(query.lastError().text())));
    return Outcome::success();
}
