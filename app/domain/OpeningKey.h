#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The fund's opening key of a budget year (clé d'ouverture des crédits de paiement): the share of a
// commitment (AE) paid in the first tranche, at signature, and the share paid in the second, at the
// mid-term review. Percentages are whole basis points (78,93 % is 7 893) so that no floating point
// enters an amount (rules.md). Every year starts with the key of the 2021 budget annex, 78,93 % / 21,07 %,
// until the secretariat sets its own. Each tranche is floor(commitment × share) and the remainder cent
// goes on the last, so the tranches always add up to the commitment: 300 000 € gives 236 790 € + 63 210 €.
struct OpeningKey
{
    Q_DECLARE_TR_FUNCTIONS(OpeningKey)

public:
    static constexpr int fullBasisPoints = 10000;
    static constexpr int seededFirstBasisPoints = 7893;

    int year = 0;
    int firstBasisPoints = seededFirstBasisPoints;

    int secondBasisPoints() const { return fullBasisPoints - firstBasisPoints; }
    // The key every year has until it is set: the 2021 budget annex's.
    static OpeningKey seeded(int year);

    // Refuses a first share below 0,01 % or above 100 %, and a year outside the promotions' years.
    Outcome validate() const;
    // The default tranches of a commitment: two, or one when the first share is 100 %. Empty for a
    // commitment of zero or less.
    QList<Money> split(Money commitment) const;

    // "78,93" / "78.93" / "78,93 %" / "100" → 7893 / 10000; refuses more than two decimals, a sign, text.
    static Result<int> parsePercent(const QString &text);
    // 7893 → "78,93 %", 10000 → "100 %", 2100 → "21 %".
    static QString percentText(int basisPoints);

    bool operator==(const OpeningKey &other) const
    {
        return year == other.year && firstBasisPoints == other.firstBasisPoints;
    }
};
