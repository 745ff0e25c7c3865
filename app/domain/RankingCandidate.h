#pragma once

#include "Candidate.h"
#include "CofinancingRule.h"
#include "Money.h"

#include <QString>
#include <QtGlobal>

// What the ranking needs to know of a candidate besides its notes: its name (last tie-break), its
// eligible amount (third tie-break, and what the proposal grants) and whether it withdrew.
struct RankingCandidate
{
    qint64 candidateId = 0;
    QString name;
    Money eligible;
    bool withdrawn = false;

    static RankingCandidate fromCandidate(const Candidate &candidate, const CofinancingRule &rule)
    {
        return {candidate.id, candidate.name, candidate.eligibility(rule).eligible,
                candidate.decision == Decision::Withdrawn};
    }
};
