#pragma once

#include "ProposalChange.h"

#include "domain/Candidate.h"
#include "domain/CandidateDecision.h"
#include "domain/Proposal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What "propose the laureates" would change, shown for confirmation before anything is written: one
// entry per ranked candidate whose decision or granted amount differs from the proposal's, in ranking
// order, with the value before and after and the proposal's reason. The same comparison as
// ScoringStore::applyProposal, so the list shown is the list applied. Empty when the decisions already
// follow the proposal. The candidates the proposal leaves out (incomplete scoring, withdrawn) are listed
// apart with their reason: applying changes nothing for them, and the committee should know why.
class ProposalChanges
{
    Q_DECLARE_TR_FUNCTIONS(ProposalChanges)

public:
    ProposalChanges() = default;

    static ProposalChanges compute(const Proposal &proposal, const QList<Candidate> &candidates);

    const QList<ProposalChange> &changes() const { return m_changes; }
    // Proposal::leftOut(): the candidates the proposal does not decide on, with their reason.
    const QList<ProposedDecision> &leftOut() const { return m_leftOut; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    int size() const { return int(m_changes.size()); }
    // The decisions as they stand before the proposal is applied, for the candidates it changes.
    QList<CandidateDecision> decisionsBefore() const;

    // "Laureate, 150 000 €", "Waitlist", "No decision": a decision as the confirmation lists it.
    static QString describe(Decision decision, Money granted);
    // "Alpha: No decision → Laureate, 150 000 €"
    static QString describe(const ProposalChange &change);
    // "Alpha: No decision → Waitlist — does not fit the remaining 50 000 €: passed over for Gamma"
    static QString describeWithReason(const ProposalChange &change);
    // "Delta: incomplete scoring (3 notes missing): left out of the proposal"
    static QString describeLeftOut(const ProposedDecision &leftOut);

private:
    QList<ProposalChange> m_changes;
    QList<ProposedDecision> m_leftOut;
};
