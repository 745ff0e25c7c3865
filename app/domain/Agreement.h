#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

#include <optional>

// A laureate's agreement (convention) with the fund: its reference, the date it was signed (the moment the
// commitment, AE, is made), an amendment (avenant) that sets the committed amount apart from the granted
// one with its reason, and a withdrawal: its date and reason. Rules and derived figures are in
// LaureateFollowUp, which knows the granted amount and the payments.
struct Agreement
{
    QString reference;
    QDate signedOn;               // null until signed
    std::optional<Money> amended; // the committed amount an amendment set; none: the granted amount
    QString amendmentReason;
    QDate withdrawnOn; // null unless the laureate withdrew
    QString withdrawalReason;

    bool isSigned() const { return signedOn.isValid(); }
    bool isAmended() const { return amended.has_value(); }
    bool isWithdrawn() const { return withdrawnOn.isValid(); }
    // Nothing recorded yet: no row to store.
    bool isEmpty() const { return *this == Agreement(); }

    bool operator==(const Agreement &other) const
    {
        return reference == other.reference && signedOn == other.signedOn && amended == other.amended &&
               amendmentReason == other.amendmentReason && withdrawnOn == other.withdrawnOn &&
               withdrawalReason == other.withdrawalReason;
    }
    bool operator!=(const Agreement &other) const { return !(*this == other); }
};
