#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

// The recusals table (déports): which member does not score which candidate.
class RecusalRepository
{
    Q_DECLARE_TR_FUNCTIONS(RecusalRepository)

public:
    explicit RecusalRepository(QSqlDatabase database);

    // (candidate id, member id) pairs of the promotion.
    Result<QList<QPair<qint64, qint64>>> forPromotion(qint64 promotionId) const;
    // Recording an existing recusal again changes nothing.
    Outcome insert(qint64 candidateId, qint64 memberId);
    Outcome remove(qint64 candidateId, qint64 memberId);

private:
    QSqlDatabase m_database;
};
