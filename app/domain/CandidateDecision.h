#pragma once

#include "Decision.h"
#include "Money.h"

#include <QMetaType>
#include <QtGlobal>

// One candidate's decision and granted amount as they stood at some moment, kept so an undo can put
// them back (ScoringStore::restoreDecisions). The candidate is named by id: decisions never recreate it.
struct CandidateDecision
{
    qint64 candidateId = 0;
    Decision decision = Decision::None;
    Money granted; // zero unless laureate

    bool operator==(const CandidateDecision &other) const
    {
        return candidateId == other.candidateId && decision == other.decision && granted == other.granted;
    }
};

Q_DECLARE_METATYPE(CandidateDecision)
