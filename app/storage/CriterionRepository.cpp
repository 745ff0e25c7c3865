#include "CriterionRepository.h"

#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

CriterionRepository::CriterionRepository(QSqlDatabase database) : m_database(std::move(database))
{}

Result<CriteriaSet> CriterionRepository::forPromotion(qint64 promotionId) const
{
    QList<Criterion> criteria;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, weight FROM criteria WHERE promotion_id = ? ORDER BY position, id"));
    query.addBindValue(promotionId);
    if (!query.exec())
        return Result<CriteriaSet>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the criteria")));
    while (query.next())
        criteria.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    if (query.lastError().isValid())
        return Result<CriteriaSet>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the criteria")));
    return Result<CriteriaSet>::success(CriteriaSet(criteria));
}

Outcome CriterionRepository::replace(qint64 promotionId, const CriteriaSet &criteria)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM criteria WHERE promotion_id = ?"));
    query.addBindValue(promotionId);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database, tr("Cannot save the criteria: %1").arg(query.lastError().text())));
    query.prepare(QStringLiteral("INSERT INTO criteria (promotion_id, position, name, weight) VALUES (?, ?, ?, ?)"));
    for (int position = 0; position < criteria.count(); ++position) {
        query.addBindValue(promotionId);
        query.addBindValue(position);
        query.addBindValue(criteria.at(position).name.trimmed());
        query.addBindValue(criteria.at(position).weight);
        if (!query.exec())
            return Outcome::failure(StorageError::message(
                query.lastError(), m_database, tr("Cannot save the criteria: %1").arg(query.lastError().text())));
    }
    return Outcome::success();
}
