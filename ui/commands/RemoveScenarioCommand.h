#pragma once

#include "commands/StoreCommand.h"

#include "domain/Scenario.h"

class ScenarioStore;

// Removes a saved what-if scenario; undo saves it back as it was.
class RemoveScenarioCommand : public StoreCommand
{
public:
    RemoveScenarioCommand(CommitteeStore &store, ScenarioStore &scenarios, const Scenario &scenario);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    ScenarioStore &m_scenarios;
    Scenario m_scenario;
};
