#pragma once

#include "LaureateFollowUp.h"
#include "OpeningKey.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// The changes a secretariat makes to a laureate's follow-up, as functions from the follow-up before to the
// follow-up after (or the refusal, with where and why): signing the agreement (which plans the default
// tranches by the year's opening key and the accompaniment's milestones when there are none yet), an
// amendment, a withdrawal, a tranche added, a tranche paid, a payment recorded from a bank file, a milestone
// set. Each result has passed LaureateFollowUp::validate(), so the stores write only what the rules allow,
// and the window's undo puts back the value before.
class FollowUpEdit
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpEdit)

public:
    // The commitment is the granted amount, or amended with its reason. Refused when already signed or
    // withdrawn, and for a date outside the promotion's year and the years after it (a typo, not a
    // signature).
    static Result<LaureateFollowUp> sign(const LaureateFollowUp &before, const QDate &signedOn,
                                         const QString &reference, std::optional<Money> amended,
                                         const QString &amendmentReason, const OpeningKey &key);
    static Result<LaureateFollowUp> amend(const LaureateFollowUp &before, Money committed, const QString &reason);
    // Unpaid tranches are cancelled (removed); the paid ones stay, and so does what they paid.
    static Result<LaureateFollowUp> withdraw(const LaureateFollowUp &before, const QDate &withdrawnOn,
                                             const QString &reason);
    static Result<LaureateFollowUp> addTranche(const LaureateFollowUp &before, const QDate &plannedOn, Money amount,
                                               const QString &reference);
    // amount: the amount paid, the planned one when not given.
    static Result<LaureateFollowUp> markPaid(const LaureateFollowUp &before, int position, const QDate &paidOn,
                                             std::optional<Money> amount, const QString &reference);
    // A payment of the bank's file: it pays the first unpaid tranche (at the amount paid), or adds a paid
    // tranche when none is left. Refused when a paid tranche already has that reference (a file imported
    // twice must not pay twice).
    static Result<LaureateFollowUp> recordPayment(const LaureateFollowUp &before, const QString &reference,
                                                  const QDate &paidOn, Money amount);
    static Result<LaureateFollowUp> setMilestone(const LaureateFollowUp &before, const Milestone &milestone);

private:
    static Outcome checkNotWithdrawn(const LaureateFollowUp &followUp);
    static Result<LaureateFollowUp> checked(const LaureateFollowUp &after);
};
