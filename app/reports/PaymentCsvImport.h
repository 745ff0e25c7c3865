#pragma once

#include "CsvProblem.h"
#include "CsvTable.h"

#include "domain/LaureateFollowUp.h"
#include "domain/PaymentRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Turns the bank's CSV file of payments (`laureat;reference;date;montant`, or the English
// `laureate;reference;date;amount`) into payments matched to laureates, or into the complete list of what is
// wrong with it, each problem located as "FILE:LINE: column: reason". A laureate is found by name, case- and
// accent-insensitive, among the laureates given (one promotion's, or every promotion's, where a name two
// promotions share is refused as ambiguous); a date is ISO (2025-07-14) or French (14/07/2025); an amount is
// read by Money::parse; a reference is required, and given once in the file, so that a file imported twice
// can be recognised. It writes nothing: FollowUpStore::recordPayments records a file without any problem, all
// or nothing, and its rules (a tranche never beyond the commitment) refuse with the payment's line.
class PaymentCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCsvImport)

public:
    struct Parsed
    {
        QList<PaymentRecord> payments; // in file order; empty when there is any problem
        QList<CsvProblem> problems;

        bool ok() const { return problems.isEmpty(); }
        QStringList messages() const;
    };

    static Parsed parse(const QByteArray &bytes, const QString &fileName, const QList<LaureateFollowUp> &laureates);
    static Parsed parseFile(const QString &path, const QList<LaureateFollowUp> &laureates);
    static Parsed parseTable(const CsvTable &table, const QString &fileName, const QList<LaureateFollowUp> &laureates);

    // "laureat/laureate, reference, date, montant/amount", for help texts.
    static QString acceptedColumnsDescription();
    // 2025-07-14 or 14/07/2025; null when neither.
    static QDate parseDate(const QString &text);
};
