#pragma once

#include <QString>

// Why the proposal suggests what it does for one candidate (rules.md, "Proposal"): each proposed
// decision carries its reason, so that a waitlisted candidate ranked above a proposed laureate, a rejected
// one, or one the proposal leaves out, is never left unexplained.
enum class ProposalReason {
    WithinEnvelope,    // laureate: its eligible amount fits what remains
    DoesNotFit,        // waitlist: its eligible amount is more than what remains
    BelowMinimumScore, // rejected: its score is under the promotion's minimum score
    NothingEligible,   // rejected: its eligible amount is 0 €, and a laureate is granted more than 0 €
    IncompleteScoring, // no proposal: notes are still missing, so it is not ranked
    Withdrawn,         // no proposal: the candidate withdrew, so it is out of the ranking
    // no proposal: a laureate whose agreement was withdrawn (issue #18); its decision stands and what it was paid,
    // if anything, stays spent, so the proposal counts that first and proposes the rest of the envelope
    AgreementWithdrawn,
};

// The stable key printed in JSON ("within_envelope", "does_not_fit", "below_minimum_score",
// "nothing_eligible", "incomplete_scoring", "withdrawn",
// "agreement_withdrawn"): scripts read it, so it is never translated.
QString proposalReasonKey(ProposalReason reason);
