#include "PromotionRepository.h"

#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, number, year, envelope_cents, rate_percent, cap_cents, min_score, status, committee_date "
    "FROM promotions ");

Promotion fromRow(const QSqlQuery &query)
{
    Promotion promotion;
    promotion.id = query.value(0).toLongLong();
    promotion.number = query.value(1).toInt();
    promotion.year = query.value(2).toInt();
    promotion.envelope = Money::fromCents(query.value(3).toLongLong());
    promotion.rule = CofinancingRule(query.value(4).toInt(), Money::fromCents(query.value(5).toLongLong()));
    promotion.minimumScore = query.value(6).toInt();
    promotion.status = promotionStatusFromKey(query.value(7).toString()).value_or(PromotionStatus::Open);
    const QVariant date = query.value(8);
    if (!date.isNull())
        promotion.committeeDate = QDate::fromString(date.toString(), Qt::ISODate);
    return promotion;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

PromotionRepository::PromotionRepository(QSqlDatabase database) : m_database(std::move(database))
{}

Result<QList<Promotion>> PromotionRepository::all() const
{
    using Promotions = QList<Promotion>;
    QList<Promotion> promotions;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(selectColumns + QStringLiteral("ORDER BY number")))
        return Result<Promotions>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the promotions")));
    while (query.next())
        promotions.append(fromRow(query));
    if (query.lastError().isValid())
        return Result<Promotions>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the promotions")));
    return Result<Promotions>::success(promotions);
}

Result<std::optional<Promotion>> PromotionRepository::byNumber(int number) const
{
    return one(QStringLiteral("WHERE number = ?"), number, tr("the promotion FAST%1").arg(number));
}

Result<std::optional<Promotion>> PromotionRepository::byId(qint64 id) const
{
    return one(QStringLiteral("WHERE id = ?"), id, tr("the promotion"));
}

Result<std::optional<Promotion>> PromotionRepository::one(const QString &where, const QVariant &key,
                                                          const QString &what) const
{
    using Found = std::optional<Promotion>;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + where);
    query.addBindValue(key);
    if (!query.exec())
        return Result<Found>::failure(StorageError::readMessage(query.lastError(), m_database, what));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Result<Found>::failure(StorageError::readMessage(query.lastError(), m_database, what));
        return Result<Found>::success(std::nullopt);
    }
    return Result<Found>::success(fromRow(query));
}

Result<qint64> PromotionRepository::insert(const Promotion &promotion)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO promotions (number, year, envelope_cents, rate_percent, cap_cents, "
                                 "min_score, status, committee_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(promotion.number);
    query.addBindValue(promotion.year);
    query.addBindValue(promotion.envelope.cents());
    query.addBindValue(promotion.rule.ratePercent());
    query.addBindValue(promotion.rule.cap().cents());
    query.addBindValue(promotion.minimumScore);
    query.addBindValue(promotionStatusKey(promotion.status));
    query.addBindValue(dateValue(promotion.committeeDate));
    if (!query.exec())
        return Result<qint64>::failure(StorageError::message(
            query.lastError(), m_database, tr("The database refused the promotion: %1").arg(query.lastError().text())));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

Outcome PromotionRepository::update(const Promotion &promotion)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE promotions SET number = ?, year = ?, envelope_cents = ?, rate_percent = ?, "
                                 "cap_cents = ?, min_score = ?, committee_date = ? WHERE id = ?"));
    query.addBindValue(promotion.number);
    query.addBindValue(promotion.year);
    query.addBindValue(promotion.envelope.cents());
    query.addBindValue(promotion.rule.ratePercent());
    query.addBindValue(promotion.rule.cap().cents());
    query.addBindValue(promotion.minimumScore);
    query.addBindValue(dateValue(promotion.committeeDate));
    query.addBindValue(promotion.id);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database, tr("The database refused the promotion: %1").arg(query.lastError().text())));
    return Outcome::success();
}

Outcome PromotionRepository::setStatus(qint64 id, PromotionStatus status)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE promotions SET status = ? WHERE id = ?"));
    query.addBindValue(promotionStatusKey(status));
    query.addBindValue(id);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database, tr("The database refused the promotion: %1").arg(query.lastError().text())));
    return Outcome::success();
}

Outcome PromotionRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM promotions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database,
            tr("The database refused to remove the promotion: %1").arg(query.lastError().text())));
    return Outcome::success();
}
