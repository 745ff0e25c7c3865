#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class CommitteeStore;

// Fills an empty database with an illustrative committee for demonstrations and screenshots, built on
// the public facts of FAST13 (its ten laureates, 2.55 M€ granted in total, announced in November 2023):
// FAST13 closed with its ten laureates granting exactly its 2 550 000 € envelope, each within 50 % of
// the budget and 300 000 €, plus a few candidates not selected, all scored by four members before it
// closed; FAST11 and FAST12 closed before it, unscored; FAST14 open and undecided, with five members whose
// notes show every state of the scoring grid: ten candidates fully scored, two incomplete, one recusal,
// one candidate whose member scores spread by 46 points, an exact tie (ex aequo), and a ranking whose
// proposal waitlists a candidate that no longer fits the envelope before a lower one that does; the fund's
// annual budgets of 2022–2024 and the published targets of indicator 1.2. Every amount, carrier, member and
// every other name is invented ("fictif"). Everything goes through CommitteeStore and ScoringStore, so the
// demo obeys the same rules as typed data.
class DemoCommittee
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommittee)

public:
    static constexpr int firstPromotionNumber = 11;
    static constexpr int lastPromotionNumber = 14;

    // Refuses a store that already holds one of the promotions FAST11–FAST14; stops at the first refusal.
    static Outcome populate(CommitteeStore &store);
};
