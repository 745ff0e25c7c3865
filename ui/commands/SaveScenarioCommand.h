#pragma once

#include "commands/StoreCommand.h"

#include "domain/Scenario.h"

#include <optional>

class ScenarioStore;

// Saves a what-if scenario under its name; undo puts back the scenario it replaced, or removes it when it
// was new. What it replaced is read at each redo, so a redo after other changes still undoes exactly.
class SaveScenarioCommand : public StoreCommand
{
public:
    SaveScenarioCommand(CommitteeStore &store, ScenarioStore &scenarios, const Scenario &scenario);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    ScenarioStore &m_scenarios;
    Scenario m_scenario;
    std::optional<Scenario> m_replaced;
};
