#pragma once

// Why the proposal suggests what it does for one ranked candidate (rules.md, "Proposal"): each proposed
// decision carries its reason, so that a waitlisted candidate ranked above a proposed laureate, or a
// rejected one, is never left unexplained.
enum class ProposalReason {
    WithinEnvelope,    // laureate: its eligible amount fits what remains
    DoesNotFit,        // waitlist: its eligible amount is more than what remains
    BelowMinimumScore, // rejected: its score is under the promotion's minimum score
    NothingEligible,   // rejected: its eligible amount is 0 €, and a laureate is granted more than 0 €
};
