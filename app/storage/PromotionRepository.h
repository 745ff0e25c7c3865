#pragma once

#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

// The promotions table: rows in, Promotion values out. No rule is checked here (CommitteeStore does
// that); a failed statement comes back as a message, a failed read too (never as "no promotion").
class PromotionRepository
{
    Q_DECLARE_TR_FUNCTIONS(PromotionRepository)

public:
    explicit PromotionRepository(QSqlDatabase database);

    // Ordered by number.
    Result<QList<Promotion>> all() const;
    // Empty when there is no such promotion; failed when it could not be read.
    Result<std::optional<Promotion>> byNumber(int number) const;
    Result<std::optional<Promotion>> byId(qint64 id) const;

    Result<qint64> insert(const Promotion &promotion);
    // Writes every column but the status, which only closing and reopening change.
    Outcome update(const Promotion &promotion);
    Outcome setStatus(qint64 id, PromotionStatus status);
    Outcome remove(qint64 id);

private:
    // The promotion selected by where ("WHERE id = ?") with key bound; what names it in the message.
    Result<std::optional<Promotion>> one(const QString &where, const QVariant &key, const QString &what) const;

    QSqlDatabase m_database;
};
