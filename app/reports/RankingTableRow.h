#pragma once

#include "domain/Decision.h"
#include "domain/Money.h"
#include "domain/ProposalReason.h"
#include "domain/Score.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

// One row of the ranking table (RankingTable): the candidate's place in the ranking, what the proposal
// suggests for it and why, what the committee decided, and the envelope consumed down to it.
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
    std::optional<Decision> proposed; // set when ranked: the proposal decides on the ranked rows only
    Money proposedGranted;            // eligible for a proposed laureate, zero otherwise
    // Why the proposal says so, or why it leaves the row out (incomplete scoring, withdrawn): every row
    // has one once the proposal explains it (Proposal::explanationFor).
    std::optional<ProposalReason> proposalReason;
    QString proposalExplanation; // the reason in words, with its numbers (ProposedDecision::explanation)
    Decision decision = Decision::None;
    Money granted;    // zero unless decided laureate
    Money released;   // what the laureate's withdrawal after the decision gave back (Candidate::released)
    Money cumulative; // the running consumption down to this row (RankingTable says which amounts count)
    // The envelope runs out on this row: the first row that asks for more than the rows above it left.
    bool exhaustsEnvelope = false;

    bool isRanked() const { return kind == Kind::Ranked; }
    // What this row takes from the envelope in the cumulative column: its granted amount when decided
    // laureate (less what a withdrawal after the decision released), the proposal's amount while it has no decision,
    // nothing otherwise.
    Money counted() const
    {
        if (decision == Decision::Laureate)
            return granted - released;
        if (decision == Decision::None && proposed == Decision::Laureate)
            return proposedGranted;
        return Money();
    }
};

Q_DECLARE_METATYPE(RankingTableRow)
