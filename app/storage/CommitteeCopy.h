#pragma once

#include "domain/CommitteeMember.h"
#include "domain/CriteriaSet.h"

#include <QList>
#include <QStringList>

// What copying a committee from an earlier promotion wrote (ScoringStore::copyCommittee): the members
// added (with their ids), the members left out because the target already had them, and the target's
// criteria before the copy when they changed. The window's undo takes exactly this back.
struct CommitteeCopy
{
    int sourceNumber = 0;
    int targetNumber = 0;
    QList<CommitteeMember> addedMembers;
    QStringList membersAlreadyThere;
    bool criteriaChanged = false;
    CriteriaSet criteriaBefore;
};
