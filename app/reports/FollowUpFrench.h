#pragma once

#include "domain/FollowUpStatus.h"
#include "domain/LaureateFollowUp.h"
#include "domain/Milestone.h"

#include <QDate>
#include <QString>

#include <optional>

// The follow-up's words in French for the fund's official documents (PaymentSchedulePdf, FollowUpSheetPdf),
// which are in French whatever the window's language: the window and the command line say the same things
// through tr() (followUpStatusDisplayName, Milestone::displayName, LaureateFollowUp::lateItems).
class FollowUpFrench
{
public:
    // "À signer", "Signé", "En paiement", "Soldé"; "Retiré le 01/09/2025" with the withdrawal's date.
    static QString status(FollowUpStatus status, const QDate &withdrawnOn = QDate());
    // "Lancement", "Revue à mi-parcours", "Fin à six mois".
    static QString milestone(Milestone::Kind kind);
    // "21 070 € le 01/10/2025"; a dash when nothing is due.
    static QString nextDue(const std::optional<PaymentTranche> &tranche);
    // "Tranche 2 de 29 498 € prévue le 01/11/2025, non payée", "Revue à mi-parcours prévue le 01/11/2025,
    // non faite": what LaureateFollowUp::lateTranches and lateMilestones give.
    static QString lateTranche(const PaymentTranche &tranche);
    static QString lateMilestone(const Milestone &milestone);
    // "1 lauréat", "2 lauréats"; "aucun lauréat".
    static QString laureates(int count);
};
