#pragma once

#include "domain/Result.h"
#include "domain/Scenario.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The scenarios and scenario_exclusions tables: the what-if scenarios saved for each promotion, with the
// folded name (TextKey::fold) kept next to the name so that uniqueness per promotion is a plain index.
// No rule is checked here; the caller owns the transaction.
class ScenarioRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRepository)

public:
    explicit ScenarioRepository(QSqlDatabase database);

    // By name, case- and accent-insensitively; promotionNumber is set from the argument.
    Result<QList<Scenario>> forPromotion(qint64 promotionId, int promotionNumber) const;
    // Empty when the promotion has no scenario of that name.
    Result<std::optional<Scenario>> byNameKey(qint64 promotionId, int promotionNumber, const QString &nameKey) const;
    // Writes the scenario and its exclusions; ids of candidates no longer in the promotion are skipped.
    Outcome insert(qint64 promotionId, const Scenario &scenario);
    Outcome removeByNameKey(qint64 promotionId, const QString &nameKey);

private:
    Result<QSet<qint64>> exclusionsOf(qint64 scenarioId) const;

    QSqlDatabase m_database;
};
