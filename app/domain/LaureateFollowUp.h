#pragma once

#include "Agreement.h"
#include "CandidateKind.h"
#include "FollowUpStatus.h"
#include "Milestone.h"
#include "Money.h"
#include "PaymentTranche.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// One laureate after the committee's decision (rules.md, "After the decision"): its agreement, its payment
// tranches and its accompaniment's milestones, with what follows from them. The commitment (AE) is made at
// signature and equals the granted amount unless a signed amendment says otherwise; the tranches (CP) never
// add up to more than it; what is committed and not yet paid is left to pay (reste à payer). A withdrawal
// cancels what was not paid: before any payment the whole granted amount goes back to the promotion's
// envelope (released), after a payment the laureate keeps what was paid. A plain value; validate() holds
// every rule so that each path (window, command line, import, undo) refuses the same things in the same
// words.
struct LaureateFollowUp
{
    Q_DECLARE_TR_FUNCTIONS(LaureateFollowUp)

public:
    static constexpr int maximumReferenceLength = 100;
    // A date as the follow-up's messages and late items say it: 03/10/2025, as the window's date fields show it.
    static QString dateText(const QDate &date);

    qint64 candidateId = 0;
    int promotionNumber = 0;
    int promotionYear = 0;
    QString name;
    CandidateKind kind = CandidateKind::Product;
    Money granted;
    Agreement agreement;
    QList<PaymentTranche> tranches; // positions 1…n in order
    QList<Milestone> milestones;    // at most one of each kind

    // "FAST13 / Envergo": how messages and the audit log name the laureate.
    QString label() const;

    // What the signed agreement commits: the amendment's amount, else the granted amount; zero unsigned.
    Money signedCommitment() const;
    // The commitment that stands today: the signed one, or what was paid when the laureate withdrew.
    Money committed() const;
    // The same at the end of a date: unsigned then is zero, withdrawn by then is what was paid.
    Money committedAt(const QDate &date) const;
    Money paid() const;
    Money paidUpTo(const QDate &date) const;
    // Σ of the tranches' amounts (paid ones at the amount paid).
    Money scheduled() const;
    // committed − paid.
    Money leftToPay() const;
    // The part of the commitment no tranche covers yet (zero once withdrawn).
    Money unscheduled() const;
    // What a withdrawal gives back to the envelope: granted − paid; zero unless withdrawn.
    Money released() const;
    FollowUpStatus status() const;
    // The first unpaid tranche by planned date, none once withdrawn or when every tranche is paid.
    std::optional<PaymentTranche> nextDue() const;
    // Tranches planned before that day and unpaid, milestones planned before it and not done, each in words
    // ("tranche 2 due on 2026-06-01", "Mid-term review planned on 2026-06-01"); none once withdrawn.
    QStringList lateItems(const QDate &today) const;
    // What lateItems() says, as values, for a document that words them itself (the follow-up sheet, in French).
    QList<PaymentTranche> lateTranches(const QDate &today) const;
    QList<Milestone> lateMilestones(const QDate &today) const;

    std::optional<PaymentTranche> tranche(int position) const;
    std::optional<Milestone> milestone(Milestone::Kind kind) const;

    // Every rule of rules.md's "After the decision", the first broken one said with where and the numbers:
    // a granted amount above zero; an amendment only on a signed agreement, above zero and with its reason;
    // tranches numbered 1…n with positive amounts, paid on or after the signature and not after a withdrawal,
    // adding up to no more than the commitment; a withdrawal not before the signature; one milestone of each
    // kind at most.
    Outcome validate() const;
    // The references, reasons and notes within the text policy (NameText), each refusal naming its field.
    Outcome checkTexts() const;

    bool operator==(const LaureateFollowUp &other) const
    {
        return candidateId == other.candidateId && agreement == other.agreement && tranches == other.tranches &&
               milestones == other.milestones;
    }
    bool operator!=(const LaureateFollowUp &other) const { return !(*this == other); }
};
