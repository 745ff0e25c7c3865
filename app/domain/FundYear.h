#pragma once

#include "Money.h"

#include <optional>

// A budget year (exercice): it may carry the fund's annual budget, to compare the promotions' envelopes
// with, and the target of indicator 1.2 (laureate products of the year).
struct FundYear
{
    int year = 0;
    std::optional<Money> annualBudget;
    std::optional<int> productTarget;
};
