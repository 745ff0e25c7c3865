#pragma once

#include "domain/Decision.h"
#include "domain/Money.h"
#include "domain/Score.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

// One row of the ranking table (RankingTable): the candidate's place in the ranking, what the proposal
// suggests for it and what the committee decided, with the envelope consumed down to it.
struct RankingTableRow
{
    enum class Kind { Ranked, Incomplete, Withdrawn };

    Kind kind = Kind::Ranked;
    qint64 candidateId = 0;
    QString name;
    std::optional<int> rank; // set when ranked
    bool exAequo = false;
    std::optional<Score> score; // set when ranked
    int missingNotes = 0;       // notes still expected on an incomplete row
    Money eligible;
    std::optional<Decision> proposed; // set when ranked: the proposal covers the ranked rows only
    Money proposedGranted;            // eligible for a proposed laureate, zero otherwise
    QString proposalExplanation;      // why the proposal says so, in words (ProposedDecision::explanation)
    Decision decision = Decision::None;
    Money granted;    // zero unless decided laureate
    Money cumulative; // Σ granted of the decided laureates from the first row down to this one

    bool isRanked() const { return kind == Kind::Ranked; }
};

Q_DECLARE_METATYPE(RankingTableRow)
