#pragma once

#include "domain/CriteriaSet.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The criteria table: each promotion's criteria in their order (the position column), so that the first
// one, which breaks ties in the ranking, stays first. No rule is checked here (ScoringStore does that).
class CriterionRepository
{
    Q_DECLARE_TR_FUNCTIONS(CriterionRepository)

public:
    explicit CriterionRepository(QSqlDatabase database);

    // With their storage ids, in position order.
    Result<CriteriaSet> forPromotion(qint64 promotionId) const;
    // Removes the promotion's criteria and writes these in their place (their ids are not kept). The notes
    // on the old criteria go with them, so the caller only replaces criteria nobody has scored yet.
    Outcome replace(qint64 promotionId, const CriteriaSet &criteria);

private:
    QSqlDatabase m_database;
};
