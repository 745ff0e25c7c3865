#pragma once

#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QString>

// The committee the past-promotion suites open, written through the stores: a project applying to three
// promotions under three spellings of its name.
//   FAST11 2022 closed, 1 000 000 €: Réfugiés.info (laureate 200 000 €, scored 80 by Alice), Aides-Jeunes
//     (rejected), Incubateur Sud (incubator, laureate 150 000 €).
//   FAST12 2023 closed, 500 000 €: Refugies.Info (waitlist), Mon Suivi Social (laureate 300 000 €).
//   FAST13 2023 open, 600 000 €: RÉFUGIÉS.INFO (no decision), Pix (laureate 250 000 €).
namespace PastPromotionsFixture {

inline Candidate candidate(const char *name, const char *carrier, const char *incubator, Decision decision,
                           qint64 grantedEuros = 0, CandidateKind kind = CandidateKind::Product)
{
    Candidate c;
    c.name = QString::fromUtf8(name);
    c.carrier = QString::fromUtf8(carrier);
    c.incubator = QString::fromUtf8(incubator);
    c.kind = kind;
    c.annualBudget = Money::fromEuros(1000000);
    c.requested = Money::fromEuros(300000);
    c.decision = decision;
    c.granted = Money::fromEuros(grantedEuros);
    return c;
}

inline Promotion promotion(int number, int year, qint64 envelopeEuros)
{
    Promotion p;
    p.number = number;
    p.year = year;
    p.envelope = Money::fromEuros(envelopeEuros);
    return p;
}

// Empty when everything was written, else the first refusal.
inline QString populate(CommitteeStore &store, ScoringStore &scoring)
{
    const auto failed = [](const QString &what, const QString &error) {
        return what + QStringLiteral(": ") + error;
    };
    if (const auto added = store.addPromotion(promotion(11, 2022, 1000000)); !added)
        return failed(QStringLiteral("FAST11"), added.error());
    const Result<Candidate> refugees = store.addCandidate(
        11, candidate("Réfugiés.info", "Ministère de l'Intérieur", "Fabrique numérique", Decision::Laureate, 200000));
    if (!refugees)
        return failed(QStringLiteral("Réfugiés.info"), refugees.error());
    if (const auto added = store.addCandidate(
            11, candidate("Aides-Jeunes", "Ministère du Travail", "beta.gouv.fr", Decision::Rejected));
        !added)
        return failed(QStringLiteral("Aides-Jeunes"), added.error());
    if (const auto added = store.addCandidate(11, candidate("Incubateur Sud", "Région Sud", "Incubateur Sud",
                                                            Decision::Laureate, 150000, CandidateKind::Incubator));
        !added)
        return failed(QStringLiteral("Incubateur Sud"), added.error());
    const Result<QList<CommitteeMember>> members = scoring.addMembers(11, {QStringLiteral("Alice")});
    if (!members)
        return failed(QStringLiteral("members"), members.error());
    for (int criterion = 0; criterion < 5; ++criterion) {
        if (const Outcome noted =
                scoring.setNote(11, refugees.value().id, members.value().constFirst().id, criterion, 4);
            !noted)
            return failed(QStringLiteral("note"), noted.error());
    }
    if (const Outcome closed = store.closePromotion(11, QDate(2026, 11, 14)); !closed)
        return failed(QStringLiteral("close FAST11"), closed.error());

    if (const auto added = store.addPromotion(promotion(12, 2023, 500000)); !added)
        return failed(QStringLiteral("FAST12"), added.error());
    if (const auto added =
            store.addCandidate(12, candidate("Refugies.Info", "Ministère de l'Intérieur", "", Decision::Waitlist));
        !added)
        return failed(QStringLiteral("Refugies.Info"), added.error());
    if (const auto added = store.addCandidate(12, candidate("Mon Suivi Social", "Département du Nord",
                                                            "La Fabrique Sociale", Decision::Laureate, 300000));
        !added)
        return failed(QStringLiteral("Mon Suivi Social"), added.error());
    if (const Outcome closed = store.closePromotion(12, QDate(2026, 11, 14)); !closed)
        return failed(QStringLiteral("close FAST12"), closed.error());

    if (const auto added = store.addPromotion(promotion(13, 2023, 600000)); !added)
        return failed(QStringLiteral("FAST13"), added.error());
    if (const auto added =
            store.addCandidate(13, candidate("RÉFUGIÉS.INFO", "DIAIR", "Fabrique numérique", Decision::None));
        !added)
        return failed(QStringLiteral("RÉFUGIÉS.INFO"), added.error());
    if (const auto added = store.addCandidate(
            13, candidate("Pix", "Ministère de l'Éducation", "beta.gouv.fr", Decision::Laureate, 250000));
        !added)
        return failed(QStringLiteral("Pix"), added.error());
    return QString();
}

// An amount as Money writes it, typed with "~" for each no-break space: nb("1~000~€").
inline QString nb(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('~'), QChar(0x00A0));
}

// Opens the database file in the window as operator "test", writes the committee above through the
// window's stores and shows FAST13. Empty when done, else what failed.
inline QString openInWindow(MainWindow &window, const QString &databasePath)
{
    window.setOperatorName(QStringLiteral("test"));
    if (const Outcome opened = window.openDatabase(databasePath); !opened)
        return opened.error();
    if (const QString populated = populate(*window.store(), *window.scoringStore()); !populated.isEmpty())
        return populated;
    if (!window.selectPromotion(13))
        return QStringLiteral("FAST13 cannot be selected");
    return QString();
}

} // namespace PastPromotionsFixture
