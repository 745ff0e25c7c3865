#pragma once

#include "reports/PromotionArchive.h"

// The archive the report suites share: a project applying to three promotions under three spellings of its
// name, a promotion without candidates, an overspent open promotion and a mean grant that rounds half up.
//   FAST10 2021 closed, 800 000 €: no candidates.
//   FAST11 2022 closed, 1 000 000 €: Réfugiés.info (laureate 200 000 €, score 70), Aides-Jeunes (rejected,
//     score 55.1), Incubateur Sud (incubator, laureate 150 000,01 €, unscored).
//   FAST12 2023 closed, 500 000 €: Refugies.Info (waitlist, score 61.25), Mon Suivi Social (laureate 300 000 €).
//   FAST13 2023 open, 200 000 €: RÉFUGIÉS.INFO (no decision, unscored), Pix (laureate 250 000 €, score 80).
namespace PromotionArchiveFixture {

inline Candidate candidate(qint64 id, const char *name, const char *carrier, const char *incubator, CandidateKind kind,
                           Decision decision, qint64 grantedEuroCents = 0)
{
    Candidate c;
    c.id = id;
    c.name = QString::fromUtf8(name);
    c.carrier = QString::fromUtf8(carrier);
    c.incubator = QString::fromUtf8(incubator);
    c.kind = kind;
    c.annualBudget = Money::fromEuros(1000000);
    c.requested = Money::fromEuros(300000);
    c.decision = decision;
    c.granted = Money::fromCents(grantedEuroCents);
    return c;
}

inline Promotion promotion(int number, int year, qint64 envelopeEuros, bool closed)
{
    Promotion p;
    p.id = number;
    p.number = number;
    p.year = year;
    p.envelope = Money::fromEuros(envelopeEuros);
    p.status = closed ? PromotionStatus::Closed : PromotionStatus::Open;
    return p;
}

inline PromotionArchive archive()
{
    const auto product = CandidateKind::Product;
    QList<PromotionArchive::Entry> entries;
    // Out of order on purpose: the archive sorts by year, then number.
    PromotionArchive::Entry fast13{promotion(13, 2023, 200000, false), {}, {}};
    fast13.candidates = {
        candidate(31, "RÉFUGIÉS.INFO", "DIAIR", "Fabrique numérique", product, Decision::None),
        candidate(32, "Pix", "Ministère de l'Éducation", "beta.gouv.fr", product, Decision::Laureate, 25000000)};
    fast13.scores.insert(32, Score(400, 5));
    entries.append(fast13);

    PromotionArchive::Entry fast11{promotion(11, 2022, 1000000, true), {}, {}};
    fast11.candidates = {
        candidate(11, "Réfugiés.info", "Ministère de l'Intérieur", "Fabrique numérique", product, Decision::Laureate,
                  20000000),
        candidate(12, "Aides-Jeunes", "Ministère du Travail", "beta.gouv.fr", product, Decision::Rejected),
        candidate(13, "Incubateur Sud", "Région Sud", "Incubateur Sud", CandidateKind::Incubator, Decision::Laureate,
                  15000001)};
    fast11.scores.insert(11, Score(350, 5));
    fast11.scores.insert(12, Score(2755, 50));
    entries.append(fast11);

    PromotionArchive::Entry fast12{promotion(12, 2023, 500000, true), {}, {}};
    fast12.candidates = {candidate(21, "Refugies.Info", "Ministère de l'Intérieur", "", product, Decision::Waitlist),
                         candidate(22, "Mon Suivi Social", "Département du Nord", "La Fabrique Sociale", product,
                                   Decision::Laureate, 30000000)};
    fast12.scores.insert(21, Score(245, 4));
    entries.append(fast12);

    entries.append(PromotionArchive::Entry{promotion(10, 2021, 800000, true), {}, {}});
    return PromotionArchive::fromEntries(entries);
}

} // namespace PromotionArchiveFixture
