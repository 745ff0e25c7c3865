#pragma once

#include "domain/Result.h"
#include "domain/Scenario.h"

#include <QList>
#include <QObject>

#include <optional>

class CommitteeStore;
class Database;

// The what-if scenarios saved for each promotion, beside CommitteeStore and on its database, with the same
// guards as the other stores, through their one write path (StoreWrite): a closed promotion refuses every
// write, a name is checked by the domain (Scenario::validate) and names a scenario once per promotion (case-
// and accent-insensitive: saving under an existing name replaces that scenario), every change is one
// transaction together with its audit row (who: the committee store's operator), and scenariosChanged is
// emitted only after the commit. It is light (no cache), so each page that needs one may build its own.
class ScenarioStore : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioStore(CommitteeStore &committee, QObject *parent = nullptr);

    // By name, case- and accent-insensitive; empty when the promotion does not exist.
    // Empty when there is no such promotion; a read that fails says so (CommitteeStore).
    Result<QList<Scenario>> scenarios(int promotionNumber) const;
    Result<std::optional<Scenario>> scenario(int promotionNumber, const QString &name) const;
    // Inserts the scenario of scenario.promotionNumber, or replaces the one of the same name (the name is
    // trimmed and kept as given this time). Returns the scenario it replaced, if any.
    Result<std::optional<Scenario>> saveScenario(const Scenario &scenario);
    Outcome removeScenario(int promotionNumber, const QString &name);

signals:
    void scenariosChanged(int promotionNumber);

private:
    // "envelope 2 850 000 €; excluded: Envergo, Mon Suivi Social" — stored data for the audit log; failed
    // when an excluded candidate's name could not be read.
    Result<QString> describe(const Scenario &scenario) const;

    CommitteeStore &m_committee;
    Database &m_database;
};
