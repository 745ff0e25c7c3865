#include "commands/RemoveScenarioCommand.h"

#include "storage/ScenarioStore.h"

#include <QCoreApplication>

RemoveScenarioCommand::RemoveScenarioCommand(CommitteeStore &store, ScenarioStore &scenarios, const Scenario &scenario)
    : StoreCommand(store,
                   QCoreApplication::translate("RemoveScenarioCommand", "Remove scenario %1").arg(scenario.name)),
      m_scenarios(scenarios), m_scenario(scenario)
{}

Outcome RemoveScenarioCommand::apply()
{
    return m_scenarios.removeScenario(m_scenario.promotionNumber, m_scenario.name);
}

Outcome RemoveScenarioCommand::revert()
{
    const Result<std::optional<Scenario>> saved = m_scenarios.saveScenario(m_scenario);
    return saved ? Outcome::success() : Outcome::failure(saved.error());
}
