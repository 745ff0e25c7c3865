#pragma once

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
// waitlisted, so a lower-ranked candidate that fits can still be proposed after it. A pure computation:
// nothing changes until the committee applies it, decision by decision. Rows "notation incomplète" get
// no proposal. Every proposed decision carries its reason in words (the words live with the walk that
// decides them, so that the window, the dialog and the command line all say the same thing).
class Proposal
{
    Q_DECLARE_TR_FUNCTIONS(Proposal)

public:
    static Proposal propose(const QList<RankedCandidate> &ranking, Money envelope, int minimumScore);
    static Proposal propose(const QList<RankedCandidate> &ranking, const Promotion &promotion);

    // One per ranked candidate, in ranking order.
    const QList<ProposedDecision> &decisions() const { return m_decisions; }
    std::optional<ProposedDecision> decisionFor(qint64 candidateId) const;
    Money envelope() const { return m_envelope; }
    Money consumed() const { return m_envelope - m_remaining; }
    // What stays in the envelope once every proposed laureate is granted.
    Money remaining() const { return m_remaining; }
    int laureateCount() const;

private:
    QList<ProposedDecision> m_decisions;
    Money m_envelope;
    Money m_remaining;
};
