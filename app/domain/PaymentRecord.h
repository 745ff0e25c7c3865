#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

// One payment of the bank's file (PaymentCsvImport), matched to its laureate: where it was read
// ("payments.csv:4", so that a refusal names its line), the laureate's candidate id, the payment's reference,
// date and amount. FollowUpStore::recordPayments records a file's payments all or nothing.
struct PaymentRecord
{
    QString where;
    qint64 candidateId = 0;
    QString reference;
    QDate paidOn;
    Money amount;
};
