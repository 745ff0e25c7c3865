#pragma once

#include "Candidate.h"

#include <QList>

// One stored candidate that a multi-row write (a re-import of the call's export) changes: the row as it was
// read when the change was planned, and as it is to be. The store refuses the change when the row no longer
// reads as before, so that a plan shown to the user is never applied over a change made since; the undo
// swaps the two.
struct CandidateUpdate
{
    Candidate before;
    Candidate after;

    CandidateUpdate reversed() const { return {after, before}; }
};

using CandidateUpdates = QList<CandidateUpdate>;
