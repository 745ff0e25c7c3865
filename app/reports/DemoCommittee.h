#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class CommitteeStore;

// Fills an empty database with an illustrative committee for demonstrations and screenshots, built on
// the public facts of FAST13 (its ten laureates, 2.55 M€ granted in total, announced in November 2023):
// FAST13 closed with its ten laureates granting exactly its 2 550 000 € envelope, each within 50 % of
// the budget and 300 000 €, plus a few candidates not selected; FAST11 and FAST12 closed before it; FAST14
// open with undecided candidates; the fund's annual budgets of 2022–2024 and the published targets of
// indicator 1.2. Every amount, carrier and every other name is invented ("fictif").
// Everything goes through CommitteeStore, so the demo obeys the same rules as typed data.
class DemoCommittee
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommittee)

public:
    static constexpr int firstPromotionNumber = 11;
    static constexpr int lastPromotionNumber = 14;

    // Refuses a store that already holds one of the promotions FAST11–FAST14; stops at the first refusal.
    static Outcome populate(CommitteeStore &store);
};
