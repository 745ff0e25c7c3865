#include "DemoCommittee.h"

#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

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
    // One group of notes per member, in committee order, one digit per criterion: "-" is a note not given
    // yet, "R" a recusal (déport). Empty: not scored.
    const char *notes;
    const char *description;
};

struct DemoPromotion
{
    int number;
    int year;
    qint64 envelopeEuros;
    bool closed;
    QList<const char *> members; // the committee, when the demo scores this promotion
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
         {},
         {
             {"Guichet Climat (fictif)", "Ministère de la Transition écologique", "Fabrique numérique (fictif)",
              product, Phase::Acceleration, 700000, 300000, Decision::Laureate, "", "Projet fictif de démonstration."},
             {"Registre Solidaire (fictif)", "Ministère des Solidarités", "Fabrique numérique des ministères sociaux",
              product, Phase::Construction, 500000, 280000, Decision::Laureate, "", "Projet fictif de démonstration."},
             {"Pass Mobilité (fictif)", "Région Occitanie", "Incubateur des territoires", product, Phase::Investigation,
              400000, 150000, Decision::Laureate, "", "Projet fictif de démonstration."},
             {"Atlas des Ports (fictif)", "Ministère de la Mer", "", product, Phase::Investigation, 300000, 150000,
              Decision::Rejected, "", "Projet fictif de démonstration."},
         }},
        {12,
         2023,
         1500000,
         true,
         {},
         {
             {"Dialogue Usagers (fictif)", "Ministère de l'Intérieur", "Incubateur DINUM", product, Phase::Acceleration,
              1000000, 400000, Decision::Laureate, "", "Projet fictif de démonstration."},
             {"Suivi Chantiers (fictif)", "Ministère du Logement", "Incubateur DINUM", product, Phase::Construction,
              600000, 300000, Decision::Laureate, "", "Projet fictif de démonstration."},
             {"Incubateur Territoires Nord (fictif)", "Région Hauts-de-France", "", incubator, Phase::Unspecified,
              800000, 250000, Decision::Laureate, "", "Incubateur fictif de démonstration."},
             {"Alerte Eau (fictif)", "Ministère de l'Agriculture", "", product, Phase::Investigation, 350000, 175000,
              Decision::Waitlist, "", "Projet fictif de démonstration."},
             {"Bourse Numérique (fictif)", "Ministère de l'Enseignement supérieur", "", product, Phase::Construction,
              420000, 200000, Decision::Withdrawn, "", "Projet fictif de démonstration."},
         }},
        {13,
         2023,
         2550000,
         true,
         {"Paul Girard (fictif)", "Nadia Benali (fictive)", "Hélène Roux (fictive)", "Marc Petit (fictif)"},
         {
             {"A-Just", "Ministère de la Justice", "Fabrique numérique du ministère de la Justice", product,
              Phase::Acceleration, 900000, 350000, Decision::Laureate, "55454 54545 55454 54545",
              "Piloter par la donnée l'affectation des ressources humaines dans les juridictions pour réduire les "
              "délais de justice."},
             {"Envergo", "Ministère de la Transition écologique", "Fabrique numérique de la Transition écologique",
              product, Phase::Acceleration, 560000, 300000, Decision::Laureate, "54545 55454 54545 55454",
              "Améliorer la prise en compte de l'environnement dans les projets d'aménagement."},
             {"Annuaire des collectivités", "Agence nationale de la cohésion des territoires",
              "Incubateur des territoires", product, Phase::Acceleration, 600000, 250000, Decision::Laureate,
              "45455 44555 45554 45545", "Offrir un site web à chaque commune de France."},
             {"Réfugiés.info", "Délégation interministérielle à l'accueil et à l'intégration des réfugiés",
              "Incubateur DINUM", product, Phase::Acceleration, 440000, 240000, Decision::Laureate,
              "54444 54444 54444 54444",
              "Favoriser l'intégration des personnes réfugiées en France grâce à une information simple et traduite."},
             {"DataSubvention", "Ministère de l'Éducation nationale et de la Jeunesse", "Incubateur DINUM", product,
              Phase::Acceleration, 700000, 300000, Decision::Laureate, "44545 45454 44545 45454",
              "Rassembler les informations sur les associations et leurs subventions pour simplifier la vie des "
              "associations et des agents publics."},
             {"Docurba", "Ministère de la Transition écologique", "Fabrique numérique de la Transition écologique",
              product, Phase::Acceleration, 480000, 240000, Decision::Laureate, "45444 44445 44454 44544",
              "Faciliter l'élaboration et le suivi des documents d'urbanisme en améliorant les échanges entre les "
              "collectivités et l'État."},
             {"DossierFacile", "Délégation interministérielle à l'hébergement et à l'accès au logement",
              "Incubateur DINUM", product, Phase::Acceleration, 1200000, 500000, Decision::Laureate,
              "44454 44544 45444 44445",
              "Remettre la confiance au centre de la relation entre propriétaires et locataires."},
             {"Ma Cantine", "Ministère de l'Agriculture et de la Souveraineté alimentaire", "Incubateur DINUM", product,
              Phase::Acceleration, 650000, 300000, Decision::Laureate, "44544 45444 44445 44454",
              "Accompagner les acteurs de la restauration collective pour proposer une alimentation de qualité, "
              "saine et durable."},
             {"Mano", "Ministère des Solidarités et des Familles", "Fabrique numérique des ministères sociaux", product,
              Phase::Acceleration, 360000, 200000, Decision::Laureate, "44444 44444 44444 44444",
              "Soutenir les équipes mobiles dédiées à améliorer la vie des populations en rue et à favoriser leur "
              "réinsertion."},
             {"Mobilic", "Ministère chargé des Transports", "Fabrique numérique de la Transition écologique", product,
              Phase::Acceleration, 400000, 180000, Decision::Laureate, "43444 44443 44434 44344",
              "Simplifier le suivi et le respect du temps de travail des travailleurs mobiles."},
             {"Tableau des Aides (fictif)", "Ministère de l'Économie", "Incubateur DINUM", product, Phase::Construction,
              500000, 200000, Decision::Waitlist, "34433 34334 33344 33443", "Candidature fictive de démonstration."},
             {"Signalement Voirie (fictif)", "Métropole de Lyon", "", product, Phase::Investigation, 300000, 150000,
              Decision::Rejected, "33332 33323 33233 32333", "Candidature fictive de démonstration."},
             {"Incubateur Santé Sud (fictif)", "Agence régionale de santé Occitanie", "", incubator, Phase::Unspecified,
              900000, 300000, Decision::Rejected, "32323 33232 32323 33232", "Candidature fictive de démonstration."},
         }},
        {14,
         2024,
         2400000,
         false,
         {"Claire Morel (fictive)", "Julien Bernard (fictif)", "Sophie Laurent (fictive)", "Karim Haddad (fictif)",
          "Anne Lefèvre (fictive)"},
         {
             {"Carnet Nature (fictif)", "Office français de la biodiversité", "Fabrique numérique (fictif)", product,
              Phase::Construction, 500000, 250000, Decision::None, "43434 34343 33443 43334 34433",
              "Candidature fictive de démonstration."},
             {"Aide Aidants (fictif)", "Ministère des Solidarités et des Familles",
              "Fabrique numérique des ministères sociaux", product, Phase::Acceleration, 800000, 350000, Decision::None,
              "55454 45545 54445 55444 45454", "Candidature fictive de démonstration."},
             {"Portail Archives (fictif)", "Ministère de la Culture", "", product, Phase::Investigation, 240000, 150000,
              Decision::None, "23232 32322 22332 32223 22323", "Candidature fictive de démonstration."},
             // Member scores from 54 to 100: flagged for discussion.
             {"Incubateur Ouest (fictif)", "Région Bretagne", "", incubator, Phase::Unspecified, 1000000, 300000,
              Decision::None, "55555 33322 44443 44434 34343", "Candidature fictive de démonstration."},
             // Claire Morel is recused (déport); the four others' mean ties exactly with Incubateur Ouest (75).
             {"Rendez-vous Préfecture (fictif)", "Ministère de l'Intérieur", "Incubateur DINUM", product,
              Phase::Consolidation, 620000, 280000, Decision::None, "R 44434 34444 44343 43444",
              "Candidature fictive de démonstration."},
             {"Trajets Santé (fictif)", "Agence régionale de santé Grand Est", "", product, Phase::Acceleration, 700000,
              300000, Decision::None, "44454 45444 54444 44544 44445", "Candidature fictive de démonstration."},
             {"Signal Logement (fictif)", "Ministère du Logement", "Incubateur DINUM", product, Phase::Construction,
              640000, 320000, Decision::None, "44434 34444 44343 43444 44344", "Candidature fictive de démonstration."},
             {"Permis Bateau (fictif)", "Ministère de la Mer", "Fabrique numérique (fictif)", product,
              Phase::Construction, 600000, 300000, Decision::None, "33434 43333 34333 33343 43333",
              "Candidature fictive de démonstration."},
             {"Inclusion Emploi (fictif)", "Ministère du Travail", "Fabrique numérique des ministères sociaux", product,
              Phase::Investigation, 360000, 180000, Decision::None, "33333 33332 32333 33323 23333",
              "Candidature fictive de démonstration."},
             {"Mon Espace Élu (fictif)", "Agence nationale de la cohésion des territoires",
              "Incubateur des territoires", product, Phase::Construction, 500000, 220000, Decision::None,
              "32333 23323 33223 23332 32232", "Candidature fictive de démonstration."},
             // Not fully scored: Karim Haddad has two notes to give, Sophie Laurent all five.
             {"Observatoire Forêts (fictif)", "Office national des forêts", "", product, Phase::Investigation, 280000,
              140000, Decision::None, "44343 43434 34443 443-- 34344", "Candidature fictive de démonstration."},
             {"Cadastre Solaire (fictif)", "Région Provence-Alpes-Côte d'Azur", "Incubateur des territoires", product,
              Phase::Investigation, 300000, 150000, Decision::None, "33434 34343 ----- 43433 33343",
              "Candidature fictive de démonstration."},
         }},
    };
}

// Gives the promotion its committee and the notes and recusals of its candidates (ids in table order), in one
// import as a secretariat would from the members' sheets.
Outcome scorePromotion(CommitteeStore &store, const DemoPromotion &demo, const QList<qint64> &candidateIds)
{
    if (demo.members.isEmpty())
        return Outcome::success();
    ScoringStore scoring(store);
    QStringList names;
    for (const char *name : demo.members)
        names.append(QString::fromUtf8(name));
    const Result<QList<CommitteeMember>> members = scoring.addMembers(demo.number, names);
    if (!members)
        return Outcome::failure(members.error());
    const Result<CriteriaSet> criteria = scoring.criteria(demo.number);
    if (!criteria)
        return Outcome::failure(criteria.error());
    const int criterionCount = criteria.value().count();
    QList<ScoreNote> notes;
    QList<ScoringStore::Recusal> recusals;
    for (int row = 0; row < demo.candidates.size(); ++row) {
        const QStringList groups =
            QString::fromLatin1(demo.candidates.at(row).notes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (groups.size() != members.value().size())
            return Outcome::failure(DemoCommittee::tr("The demonstration's notes of %1 do not match its committee.")
                                        .arg(QString::fromUtf8(demo.candidates.at(row).name)));
        for (int member = 0; member < groups.size(); ++member) {
            const qint64 memberId = members.value().at(member).id;
            const QString &group = groups.at(member);
            if (group == QLatin1String("R")) {
                recusals.append({candidateIds.at(row), memberId});
                continue;
            }
            if (group.size() != criterionCount)
                return Outcome::failure(DemoCommittee::tr("The demonstration's notes of %1 do not match its criteria.")
                                            .arg(QString::fromUtf8(demo.candidates.at(row).name)));
            for (int criterion = 0; criterion < criterionCount; ++criterion) {
                if (group.at(criterion).isDigit())
                    notes.append({candidateIds.at(row), memberId, criterion, group.at(criterion).digitValue()});
            }
        }
    }
    return scoring.importScores(demo.number, notes, recusals);
}

} // namespace

Outcome DemoCommittee::populate(CommitteeStore &store)
{
    const QList<DemoPromotion> promotions = demoPromotions();
    for (const DemoPromotion &demo : promotions) {
        const Result<std::optional<Promotion>> existing = store.promotion(demo.number);
        if (!existing)
            return Outcome::failure(existing.error());
        if (existing.value())
            return Outcome::failure(
                tr("The demonstration needs an empty database: FAST%1 already exists.").arg(demo.number));
    }
    for (const DemoPromotion &demo : promotions) {
        Promotion promotion;
        promotion.number = demo.number;
        promotion.year = demo.year;
        promotion.envelope = Money::fromEuros(demo.envelopeEuros);
        // A closed promotion's list was adopted by a committee on a day (invented, in the year's autumn).
        if (demo.closed)
            promotion.committeeDate = QDate(demo.year, 11, 14);
        const Result<Promotion> added = store.addPromotion(promotion);
        if (!added)
            return Outcome::failure(added.error());
        QList<qint64> candidateIds;
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
            candidateIds.append(stored.value().id);
        }
        // Notes before closing: a closed promotion refuses them.
        if (const Outcome scored = scorePromotion(store, demo, candidateIds); !scored)
            return scored;
        if (demo.closed) {
            if (const Outcome closed = store.closePromotion(demo.number, promotion.committeeDate); !closed)
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
