#pragma once

#include "domain/Candidate.h"
#include "domain/Money.h"
#include "domain/Promotion.h"

#include <QList>

#include <optional>

// The figures under a promotion's candidates: how many there are (and how many a search shows), what they
// request, what the co-financing rule makes eligible, the envelope, what the decisions consume and what is
// left of it. Computed here so that the window's footer only writes them out; an overspent envelope is a
// negative remaining, shown and never hidden (rules.md).
struct PromotionTotals
{
    int candidateCount = 0;
    int shownCount = 0;
    Money requested; // Σ requested
    Money eligible;  // Σ eligible under the promotion's rule
    Money envelope;
    Money consumed; // Σ granted of the laureates, less what withdrawals released (Promotion::consumed)

    Money remaining() const { return envelope - consumed; }
    bool overspent() const { return remaining().isNegative(); }
    // How much the laureates exceed the envelope; zero when they do not.
    Money overspentBy() const { return overspent() ? consumed - envelope : Money(); }

    // Without a promotion the envelope is zero and every candidate is eligible for nothing.
    static PromotionTotals compute(const std::optional<Promotion> &promotion, const QList<Candidate> &candidates,
                                   int shownCount);
};
