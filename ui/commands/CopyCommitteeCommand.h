#pragma once

#include "commands/ScoringCommand.h"

#include "domain/CriteriaSet.h"

#include <QStringList>

// Copies the committee of an earlier promotion (its members and criteria) into the shown one, in one
// audited write (ScoringStore::copyCommittee); undo takes the members it added off again, last first, and
// puts the criteria back as they were. Members are found again by name, as every scoring command does.
class CopyCommitteeCommand : public ScoringCommand
{
public:
    CopyCommitteeCommand(CommitteeStore &store, ScoringStore &scoring, int sourceNumber, int targetNumber);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    int m_sourceNumber;
    QStringList m_addedNames;
    bool m_criteriaChanged = false;
    CriteriaSet m_criteriaBefore;
};
