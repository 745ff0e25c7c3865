#pragma once

#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The promotions table: rows in, Promotion values out. No rule is checked here (CommitteeStore does
// that); a failed statement comes back as a message.
class PromotionRepository
{
    Q_DECLARE_TR_FUNCTIONS(PromotionRepository)

public:
    explicit PromotionRepository(QSqlDatabase database);

    // Ordered by number.
    QList<Promotion> all() const;
    std::optional<Promotion> byNumber(int number) const;
    std::optional<Promotion> byId(qint64 id) const;

    Result<qint64> insert(const Promotion &promotion);
    // Writes every column but the status, which only closing and reopening change.
    Outcome update(const Promotion &promotion);
    Outcome setStatus(qint64 id, PromotionStatus status);
    Outcome remove(qint64 id);

private:
    QSqlDatabase m_database;
};
