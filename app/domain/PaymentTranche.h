#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

// One payment (crédit de paiement) of a laureate's schedule: planned for a date and an amount, then paid
// on a date for an amount, which may differ from the planned one, with the payment's reference. Numbered
// from 1 in the schedule's order. Until it is paid its planned amount is what it takes from the commitment;
// once paid, the amount paid.
struct PaymentTranche
{
    int position = 0;
    QDate plannedOn;
    Money planned;
    QDate paidOn; // null until paid
    Money paid;   // zero until paid
    QString reference;

    bool isPaid() const { return paidOn.isValid(); }
    Money amount() const { return isPaid() ? paid : planned; }

    bool operator==(const PaymentTranche &other) const
    {
        return position == other.position && plannedOn == other.plannedOn && planned == other.planned &&
               paidOn == other.paidOn && paid == other.paid && reference == other.reference;
    }
    bool operator!=(const PaymentTranche &other) const { return !(*this == other); }
};
