#pragma once

#include "domain/CandidateDecision.h"
#include "domain/Proposal.h"
#include "domain/Result.h"

#include <QList>
#include <QObject>

#include <optional>

class StoreWrite;
struct Candidate;

class CommitteeStore;
class Database;
class ScoringStore;

// The committee's decisions on the candidates of a promotion, beside CommitteeStore and ScoringStore and on
// their database: one decision set by hand, the proposal of laureates applied, and decisions put back as
// they were (the undo of either). Every path keeps a laureate within 0 < granted ≤ eligible
// (CofinancingRule::checkGranted) and writes through the stores' one write path (StoreWrite): refused on a
// closed promotion, one transaction with one decision audit row per candidate that changes (who: the
// scoring store's operator), decisionsChanged once after the commit. A decision is also a change of the
// candidate's row, so decisionsChanged is relayed to CommitteeStore::candidatesChanged for the candidates'
// views, by one connection made here rather than by emitting the other store's signal.
class DecisionStore : public QObject
{
    Q_OBJECT

public:
    DecisionStore(CommitteeStore &committee, ScoringStore &scoring, QObject *parent = nullptr);

    // A laureate's granted amount defaults to its eligible amount and must satisfy 0 < g ≤ eligible
    // (CofinancingRule::checkGranted's message); any other decision has no granted amount.
    // seen is the decision the operator was shown: when another window or process has changed it since, the
    // decision is refused, saying who changed it, when and to what, rather than silently written over theirs.
    // The write itself only happens if the row still holds what was read, so two operators deciding at the
    // same moment on a shared server cannot both win.
    Outcome setDecision(qint64 candidateId, Decision decision, std::optional<Money> granted = std::nullopt,
                        std::optional<CandidateDecision> seen = std::nullopt);
    // Sets the decision and granted amount of every ranked candidate to the proposed ones, in one transaction.
    // Returns the proposed decisions that changed something, in ranking order.
    Result<QList<ProposedDecision>> applyProposal(int promotionNumber);
    // Puts back decisions and granted amounts as they stood before (the undo of an applied proposal), all
    // or nothing in one transaction with one decision.update audit row per candidate that changes. Refused
    // on a closed promotion, for a candidate of another promotion, and for a laureate's amount the rule
    // no longer allows (CofinancingRule::checkGranted's message).
    Outcome restoreDecisions(int promotionNumber, const QList<CandidateDecision> &decisions);

signals:
    void decisionsChanged(int promotionNumber);

private:
    // "Envergo was changed by Claire Martin at 10:42:07 while you were deciding: it is now "Laureate, 280 000 €
    // granted". …", from the newest audit row about the candidate.
    static QString changedMeanwhile(StoreWrite &write, const QString &subject, const Candidate &now);
    // A laureate whose agreement is signed (and not withdrawn) keeps its decision and granted amount: its
    // commitment, tranches and payments follow from them (issue #18). Refused with where the agreement stands
    // and what to do instead; success when the decision and amount stay, or when there is no such agreement.
    static Outcome keepsSignedAgreement(StoreWrite &write, const Candidate &existing, Decision decision, Money granted);

    ScoringStore &m_scoring;
    Database &m_database;
};
