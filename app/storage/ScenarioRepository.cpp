#include "ScenarioRepository.h"

#include "StorageError.h"

#include "domain/TextKey.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

ScenarioRepository::ScenarioRepository(QSqlDatabase database) : m_database(std::move(database))
{}

Result<QList<Scenario>> ScenarioRepository::forPromotion(qint64 promotionId, int promotionNumber) const
{
    using Scenarios = QList<Scenario>;
    Scenarios scenarios;
    QList<qint64> ids;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, name, envelope_cents, note FROM scenarios WHERE promotion_id = ? ORDER BY name_key, id"));
    query.addBindValue(promotionId);
    if (!query.exec())
        return Result<Scenarios>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the scenarios")));
    while (query.next()) {
        Scenario scenario;
        scenario.name = query.value(1).toString();
        scenario.promotionNumber = promotionNumber;
        scenario.envelope = Money::fromCents(query.value(2).toLongLong());
        scenario.note = query.value(3).toString();
        ids.append(query.value(0).toLongLong());
        scenarios.append(scenario);
    }
    if (query.lastError().isValid())
        return Result<Scenarios>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the scenarios")));
    query.finish();
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const Result<QSet<qint64>> excluded = exclusionsOf(ids.at(i));
        if (!excluded)
            return Result<Scenarios>::failure(excluded.error());
        scenarios[i].excludedCandidateIds = excluded.value();
    }
    return Result<Scenarios>::success(scenarios);
}

Result<std::optional<Scenario>> ScenarioRepository::byNameKey(qint64 promotionId, int promotionNumber,
                                                              const QString &nameKey) const
{
    using Found = std::optional<Scenario>;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, name, envelope_cents, note FROM scenarios WHERE promotion_id = ? AND name_key = ?"));
    query.addBindValue(promotionId);
    query.addBindValue(nameKey);
    if (!query.exec())
        return Result<Found>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the scenario")));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Result<Found>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the scenario")));
        return Result<Found>::success(std::nullopt);
    }
    Scenario scenario;
    const qint64 id = query.value(0).toLongLong();
    scenario.name = query.value(1).toString();
    scenario.promotionNumber = promotionNumber;
    scenario.envelope = Money::fromCents(query.value(2).toLongLong());
    scenario.note = query.value(3).toString();
    query.finish();
    const Result<QSet<qint64>> excluded = exclusionsOf(id);
    if (!excluded)
        return Result<Found>::failure(excluded.error());
    scenario.excludedCandidateIds = excluded.value();
    return Result<Found>::success(scenario);
}

Result<QSet<qint64>> ScenarioRepository::exclusionsOf(qint64 scenarioId) const
{
    QSet<qint64> excluded;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT candidate_id FROM scenario_exclusions WHERE scenario_id = ?"));
    query.addBindValue(scenarioId);
    if (!query.exec())
        return Result<QSet<qint64>>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the scenario's excluded candidates")));
    while (query.next())
        excluded.insert(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return Result<QSet<qint64>>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the scenario's excluded candidates")));
    return Result<QSet<qint64>>::success(excluded);
}

Outcome ScenarioRepository::insert(qint64 promotionId, const Scenario &scenario)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO scenarios (promotion_id, name, name_key, envelope_cents, note) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(promotionId);
    query.addBindValue(scenario.name);
    query.addBindValue(TextKey::fold(scenario.name));
    query.addBindValue(scenario.envelope.cents());
    // Qt binds a null QString as SQL NULL; the note column is NOT NULL and no note is "".
    query.addBindValue(scenario.note.isNull() ? QStringLiteral("") : scenario.note);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database, tr("Cannot save the scenario: %1").arg(query.lastError().text())));
    const qint64 scenarioId = query.lastInsertId().toLongLong();

    // Only the promotion's own candidates: an id that vanished since the panel was filled is dropped.
    QSqlQuery exclusion(m_database);
    exclusion.prepare(QStringLiteral("INSERT INTO scenario_exclusions (scenario_id, candidate_id) "
                                     "SELECT ?, id FROM candidates WHERE id = ? AND promotion_id = ?"));
    for (const qint64 candidateId : scenario.excludedCandidateIds) {
        exclusion.addBindValue(scenarioId);
        exclusion.addBindValue(candidateId);
        exclusion.addBindValue(promotionId);
        if (!exclusion.exec())
            return Outcome::failure(
                StorageError::message(exclusion.lastError(), m_database,
                                      tr("Cannot save the scenario: %1").arg(exclusion.lastError().text())));
    }
    return Outcome::success();
}

Outcome ScenarioRepository::removeByNameKey(qint64 promotionId, const QString &nameKey)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM scenarios WHERE promotion_id = ? AND name_key = ?"));
    query.addBindValue(promotionId);
    query.addBindValue(nameKey);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database, tr("Cannot remove the scenario: %1").arg(query.lastError().text())));
    return Outcome::success();
}
