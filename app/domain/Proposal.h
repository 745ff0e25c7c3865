#pragma once

#include "Candidate.h"
#include "Money.h"
#include "ProposedDecision.h"
#include "RankedCandidate.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

struct Promotion;

// The proposal of laureates (rules.md, "Proposal"): the ranking walked in order with remaining = envelope.
// A score below the promotion's minimum is proposed rejected, and so is a candidate with nothing eligible
// (0 €: a laureate is always granted more); otherwise a candidate whose eligible amount
// fits what remains is proposed laureate for its eligible amount, and one that does not fit is
// waitlisted, so a lower-ranked candidate that fits can still be proposed after it (the waitlisted one's
// reason names who). A pure computation: nothing changes until the committee applies it, decision by
// decision. The candidates "notation incomplète" and the withdrawn ones get no proposed decision but are
// explained too (leftOut()), so that no candidate of the promotion is ever left without a reason. Every
// reason is worded here, once, so that the window, the dialog and the command line all say the same thing.
class Proposal
{
    Q_DECLARE_TR_FUNCTIONS(Proposal)

public:
    static Proposal propose(const QList<RankedCandidate> &ranking, Money envelope, int minimumScore);
    static Proposal propose(const QList<RankedCandidate> &ranking, const Promotion &promotion);
    // The same, with the withdrawn candidates (decision withdrawn) of candidates explained in leftOut(), and the
    // laureates whose agreement was withdrawn after the decision (Candidate::released) left out of the walk: what
    // they were paid is spent, so it is counted before the first ranked candidate, and each is explained in
    // leftOut() with what it keeps and what went back to the envelope.
    static Proposal propose(const QList<RankedCandidate> &ranking, const Promotion &promotion,
                            const QList<Candidate> &candidates);

    // One per ranked candidate, in ranking order.
    const QList<ProposedDecision> &decisions() const { return m_decisions; }
    // The candidates the proposal leaves out, with decision None and their reason: the incomplete rows
    // in the ranking's order, then the laureates whose agreement was withdrawn, in the ranking's order, then the
    // withdrawn candidates in the order given.
    const QList<ProposedDecision> &leftOut() const { return m_leftOut; }
    std::optional<ProposedDecision> decisionFor(qint64 candidateId) const;
    // The proposed decision, or else the left-out entry, of that candidate: its reason either way.
    std::optional<ProposedDecision> explanationFor(qint64 candidateId) const;
    Money envelope() const { return m_envelope; }
    Money consumed() const { return m_envelope - m_remaining; }
    // What stays in the envelope once every proposed laureate is granted.
    Money remaining() const { return m_remaining; }
    int laureateCount() const;

    static QString incompleteScoringText(int missingNotes);
    static QString withdrawnText();
    static QString agreementWithdrawnText(Money kept, Money released);

private:
    // The walk of the class comment, from an envelope of which spent is already gone.
    static Proposal walk(const QList<RankedCandidate> &ranking, Money envelope, int minimumScore, Money spent);
    // Names, in the waitlisted reasons, the laureates proposed after each waitlisted candidate.
    void namePassedOver();

    QList<ProposedDecision> m_decisions;
    QList<ProposedDecision> m_leftOut;
    Money m_envelope;
    Money m_remaining;
};
