#include "DemoCommittee.h"

#include "storage/CommitteeStore.h"

#include <QList>

namespace {

struct DemoCandidate
{
    const char *name;
    const char *carrier;
    const char *incubator;
    CandidateKind kind;
    Phase phase;
    qint64 annualBudgetEuros;
    qint64 requestedEuros;
    Decision decision;
    const char *description;
};

struct DemoPromotion
{
    int number;
    int year;
    qint64 envelopeEuros;
    bool closed;
    QList<DemoCandidate> candidates;
};

constexpr CandidateKind product = CandidateKind::Product;
constexpr CandidateKind incubator = CandidateKind::Incubator;

// The FAST13 names and descriptions are public (Acteurs publics, November 2023); the budgets, requests,
// carriers and incubators are plausible but invented. Laureates are granted their eligible amount (the
// rules' default); FAST13's ten sum to exactly its 2 550 000 € envelope.
QList<DemoPromotion> demoPromotions()
{
    return {
        {11,
         2022,
         900000,
         true,
         {
             {"Guichet Climat (fictif)", "Ministère de la Transition écologique", "Fabrique numérique (fictif)",
              product, Phase::Acceleration, 700000, 300000, Decision::Laureate, "Projet fictif de démonstration."},
             {"Registre Solidaire (fictif)", "Ministère des Solidarités", "Fabrique numérique des ministères sociaux",
              product, Phase::Construction, 500000, 280000, Decision::Laureate, "Projet fictif de démonstration."},
             {"Pass Mobilité (fictif)", "Région Occitanie", "Incubateur des territoires", product, Phase::Investigation,
              400000, 150000, Decision::Laureate, "Projet fictif de démonstration."},
             {"Atlas des Ports (fictif)", "Ministère de la Mer", "", product, Phase::Investigation, 300000, 150000,
              Decision::Rejected, "Projet fictif de démonstration."},
         }},
        {12,
         2023,
         1500000,
         true,
         {
             {"Dialogue Usagers (fictif)", "Ministère de l'Intérieur", "Incubateur DINUM", product, Phase::Acceleration,
              1000000, 400000, Decision::Laureate, "Projet fictif de démonstration."},
             {"Suivi Chantiers (fictif)", "Ministère du Logement", "Incubateur DINUM", product, Phase::Construction,
              600000, 300000, Decision::Laureate, "Projet fictif de démonstration."},
             {"Incubateur Territoires Nord (fictif)", "Région Hauts-de-France", "", incubator, Phase::Unspecified,
              800000, 250000, Decision::Laureate, "Incubateur fictif de démonstration."},
             {"Alerte Eau (fictif)", "Ministère de l'Agriculture", "", product, Phase::Investigation, 350000, 175000,
              Decision::Waitlist, "Projet fictif de démonstration."},
             {"Bourse Numérique (fictif)", "Ministère de l'Enseignement supérieur", "", product, Phase::Construction,
              420000, 200000, Decision::Withdrawn, "Projet fictif de démonstration."},
         }},
        {13,
         2023,
         2550000,
         true,
         {
             {"A-Just", "Ministère de la Justice", "Fabrique numérique du ministère de la Justice", product,
              Phase::Acceleration, 900000, 350000, Decision::Laureate,
              "Piloter par la donnée l'affectation des ressources humaines dans les juridictions pour réduire les "
              "délais de justice."},
             {"Envergo", "Ministère de la Transition écologique", "Fabrique numérique de la Transition écologique",
              product, Phase::Acceleration, 560000, 300000, Decision::Laureate,
              "Améliorer la prise en compte de l'environnement dans les projets d'aménagement."},
             {"Annuaire des collectivités", "Agence nationale de la cohésion des territoires",
              "Incubateur des territoires", product, Phase::Acceleration, 600000, 250000, Decision::Laureate,
              "Offrir un site web à chaque commune de France."},
             {"Réfugiés.info", "Délégation interministérielle à l'accueil et à l'intégration des réfugiés",
              "Incubateur DINUM", product, Phase::Acceleration, 440000, 240000, Decision::Laureate,
              "Favoriser l'intégration des personnes réfugiées en France grâce à une information simple et traduite."},
             {"DataSubvention", "Ministère de l'Éducation nationale et de la Jeunesse", "Incubateur DINUM", product,
              Phase::Acceleration, 700000, 300000, Decision::Laureate,
              "Rassembler les informations sur les associations et leurs subventions pour simplifier la vie des "
              "associations et des agents publics."},
             {"Docurba", "Ministère de la Transition écologique", "Fabrique numérique de la Transition écologique",
              product, Phase::Acceleration, 480000, 240000, Decision::Laureate,
              "Faciliter l'élaboration et le suivi des documents d'urbanisme en améliorant les échanges entre les "
              "collectivités et l'État."},
             {"DossierFacile", "Délégation interministérielle à l'hébergement et à l'accès au logement",
              "Incubateur DINUM", product, Phase::Acceleration, 1200000, 500000, Decision::Laureate,
              "Remettre la confiance au centre de la relation entre propriétaires et locataires."},
             {"Ma Cantine", "Ministère de l'Agriculture et de la Souveraineté alimentaire", "Incubateur DINUM", product,
              Phase::Acceleration, 650000, 300000, Decision::Laureate,
              "Accompagner les acteurs de la restauration collective pour proposer une alimentation de qualité, "
              "saine et durable."},
             {"Mano", "Ministère des Solidarités et des Familles", "Fabrique numérique des ministères sociaux", product,
              Phase::Acceleration, 360000, 200000, Decision::Laureate,
              "Soutenir les équipes mobiles dédiées à améliorer la vie des populations en rue et à favoriser leur "
              "réinsertion."},
             {"Mobilic", "Ministère chargé des Transports", "Fabrique numérique de la Transition écologique", product,
              Phase::Acceleration, 400000, 180000, Decision::Laureate,
              "Simplifier le suivi et le respect du temps de travail des travailleurs mobiles."},
             {"Tableau des Aides (fictif)", "Ministère de l'Économie", "Incubateur DINUM", product, Phase::Construction,
              500000, 200000, Decision::Waitlist, "Candidature fictive de démonstration."},
             {"Signalement Voirie (fictif)", "Métropole de Lyon", "", product, Phase::Investigation, 300000, 150000,
              Decision::Rejected, "Candidature fictive de démonstration."},
             {"Incubateur Santé Sud (fictif)", "Agence régionale de santé Occitanie", "", incubator, Phase::Unspecified,
              900000, 300000, Decision::Rejected, "Candidature fictive de démonstration."},
         }},
        {14,
         2024,
         2400000,
         false,
         {
             {"Carnet Nature (fictif)", "Office français de la biodiversité", "Fabrique numérique (fictif)", product,
              Phase::Construction, 500000, 250000, Decision::None, "Candidature fictive de démonstration."},
             {"Aide Aidants (fictif)", "Ministère des Solidarités et des Familles",
              "Fabrique numérique des ministères sociaux", product, Phase::Acceleration, 800000, 350000, Decision::None,
              "Candidature fictive de démonstration."},
             {"Portail Archives (fictif)", "Ministère de la Culture", "", product, Phase::Investigation, 240000, 150000,
              Decision::None, "Candidature fictive de démonstration."},
             {"Incubateur Ouest (fictif)", "Région Bretagne", "", incubator, Phase::Unspecified, 1000000, 300000,
              Decision::None, "Candidature fictive de démonstration."},
             {"Rendez-vous Préfecture (fictif)", "Ministère de l'Intérieur", "Incubateur DINUM", product,
              Phase::Consolidation, 620000, 280000, Decision::None, "Candidature fictive de démonstration."},
         }},
    };
}

} // namespace

Outcome DemoCommittee::populate(CommitteeStore &store)
{
    const QList<DemoPromotion> promotions = demoPromotions();
    for (const DemoPromotion &demo : promotions) {
        if (store.promotion(demo.number))
            return Outcome::failure(
                tr("The demonstration needs an empty database: FAST%1 already exists.").arg(demo.number));
    }
    for (const DemoPromotion &demo : promotions) {
        Promotion promotion;
        promotion.number = demo.number;
        promotion.year = demo.year;
        promotion.envelope = Money::fromEuros(demo.envelopeEuros);
        const Result<Promotion> added = store.addPromotion(promotion);
        if (!added)
            return Outcome::failure(added.error());
        for (const DemoCandidate &row : demo.candidates) {
            Candidate candidate;
            candidate.name = QString::fromUtf8(row.name);
            candidate.carrier = QString::fromUtf8(row.carrier);
            candidate.incubator = QString::fromUtf8(row.incubator);
            candidate.kind = row.kind;
            candidate.phase = row.phase;
            candidate.annualBudget = Money::fromEuros(row.annualBudgetEuros);
            candidate.requested = Money::fromEuros(row.requestedEuros);
            candidate.description = QString::fromUtf8(row.description);
            candidate.decision = row.decision;
            if (row.decision == Decision::Laureate)
                candidate.granted = candidate.eligibility(added.value().rule).eligible;
            const Result<Candidate> stored = store.addCandidate(demo.number, candidate);
            if (!stored)
                return Outcome::failure(stored.error());
        }
        if (demo.closed) {
            if (const Outcome closed = store.closePromotion(demo.number); !closed)
                return closed;
        }
    }
    // The fund's annual budgets are invented; the indicator's targets are the published ones (rules.md).
    const std::pair<int, qint64> annualBudgets[] = {{2022, 2000000}, {2023, 4500000}, {2024, 5000000}};
    for (const auto &[year, euros] : annualBudgets) {
        if (const Outcome set = store.setYearAnnualBudget(year, Money::fromEuros(euros)); !set)
            return set;
    }
    const std::pair<int, int> targets[] = {{2023, 12}, {2024, 15}};
    for (const auto &[year, target] : targets) {
        if (const Outcome set = store.setYearProductTarget(year, target); !set)
            return set;
    }
    return Outcome::success();
}
