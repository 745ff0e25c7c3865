#include "commands/SaveScenarioCommand.h"

#include "storage/ScenarioStore.h"

#include <QCoreApplication>

SaveScenarioCommand::SaveScenarioCommand(CommitteeStore &store, ScenarioStore &scenarios, const Scenario &scenario)
    : StoreCommand(store,
                   QCoreApplication::translate("SaveScenarioCommand", "Save scenario %1").arg(scenario.name.trimmed())),
      m_scenarios(scenarios), m_scenario(scenario)
{}

Outcome SaveScenarioCommand::apply()
{
    const Result<std::optional<Scenario>> saved = m_scenarios.saveScenario(m_scenario);
    if (!saved)
        return Outcome::failure(saved.error());
    m_replaced = saved.value();
    return Outcome::success();
}

Outcome SaveScenarioCommand::revert()
{
    if (m_replaced) {
        // Saving under the replaced scenario's name replaces the one this command saved.
        const Result<std::optional<Scenario>> restored = m_scenarios.saveScenario(*m_replaced);
        return restored ? Outcome::success() : Outcome::failure(restored.error());
    }
    return m_scenarios.removeScenario(m_scenario.promotionNumber, m_scenario.name);
}
