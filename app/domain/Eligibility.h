#pragma once

#include "LimitedBy.h"
#include "Money.h"

// The co-financing rule worked out for one candidate: every intermediate amount, so that screens and
// reports can explain the eligible amount instead of only stating it.
struct Eligibility
{
    Money share;    // floor(annual budget × rate / 100)
    Money ceiling;  // min(share, cap)
    Money eligible; // min(requested, ceiling)
    LimitedBy limitedBy = LimitedBy::Requested;
};
