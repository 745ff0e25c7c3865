#pragma once

#include "domain/Candidate.h"
#include "domain/CommitteeMember.h"
#include "domain/Money.h"
#include "domain/Promotion.h"
#include "domain/Proposal.h"
#include "domain/RankedCandidate.h"
#include "domain/ScoreSheet.h"

#include <QList>
#include <QString>

#include <optional>

// One promotion as every page shows it, read from the stores once per change (PromotionSnapshots reads
// and shares it): the promotion, all its candidates, its score sheet, and what the core computes from
// them — the ranking, the proposal, and the proposal's undecided laureates ("proposed" on the envelope
// gauge). The computed parts are exactly what ScoringStore::ranking(), proposal() and
// proposedUndecided() return, so a page reading the snapshot shows what it showed when it asked the
// store. A plain value: a page that keeps one keeps it unchanged, whatever the stores do next.
struct PromotionSnapshot
{
    int number = 0;
    // None when there is no such promotion, or when it or its candidates could not be read (then error says
    // why); everything below is empty then.
    std::optional<Promotion> promotion;
    // Every candidate of the promotion, withdrawn ones too, in the store's order.
    QList<Candidate> candidates;
    // Why the promotion, its candidates or its score sheet could not be read (the read's message); empty
    // when they were. The sheet, the ranking, the proposal and the proposed amount are empty when it is set.
    QString error;
    ScoreSheet sheet;
    QList<RankedCandidate> ranking;
    Proposal proposal;
    Money proposedUndecided;

    // The promotion exists and its sheet was read: the ranking and the proposal stand.
    bool isScored() const { return promotion.has_value() && error.isEmpty(); }
    std::optional<Candidate> candidate(qint64 id) const;
    // Case- and accent-insensitive, as names are unique in a promotion.
    std::optional<Candidate> candidateNamed(const QString &name) const;
    std::optional<CommitteeMember> memberNamed(const QString &name) const;

    // The computed parts from the read ones (the rule and order of ScoringStore's readers).
    void compute();
};
