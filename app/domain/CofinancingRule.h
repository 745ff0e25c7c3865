#pragma once

#include "Eligibility.h"
#include "Money.h"
#include "Result.h"

#include <QCoreApplication>

// The fund's co-financing ceiling (rules.md, "plafond de cofinancement"): it pays at most a rate of the
// project's annual budget and never more than a cap per laureate. Each promotion carries its own rule so
// that past promotions keep the one they were decided under.
class CofinancingRule
{
    Q_DECLARE_TR_FUNCTIONS(CofinancingRule)

public:
    static constexpr int defaultRatePercent = 50;
    static constexpr Money defaultCap() { return Money::fromEuros(300000); }

    CofinancingRule() = default;
    CofinancingRule(int ratePercent, Money cap);

    int ratePercent() const { return m_ratePercent; }
    Money cap() const { return m_cap; }

    // Refuses a rate outside 1–100 % and a cap that is not positive.
    Outcome validate() const;

    Eligibility evaluate(Money annualBudget, Money requested) const;

    // A laureate's granted amount g must satisfy 0 < g ≤ eligible. The refusal states the rule and the numbers.
    Outcome checkGranted(Money granted, Money annualBudget, Money requested) const;

    // How the eligible amount came about, in words (French UI: "plafonné à 50 %", "plafonné à 300 000 €",
    // "montant demandé"; source text in English like every tr() string).
    QString reason(LimitedBy limitedBy) const;
    // The rule itself in words: "50 % of the annual budget, at most 300 000 €".
    QString describe() const;

    bool operator==(const CofinancingRule &other) const
    {
        return m_ratePercent == other.m_ratePercent && m_cap == other.m_cap;
    }
    bool operator!=(const CofinancingRule &other) const { return !(*this == other); }

private:
    int m_ratePercent = defaultRatePercent;
    Money m_cap = defaultCap();
};
