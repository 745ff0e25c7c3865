#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee payment add|mark-paid|import: a laureate's payment schedule (crédits de paiement). add plans
// a tranche, mark-paid records one as paid, import records the bank's CSV file of payments
// (laureat;reference;date;montant) all or nothing, each problem on its line. The rules (never beyond the
// commitment, never before the signature or after a withdrawal) are the store's.
class PaymentCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int add(CliContext &context, const QStringList &arguments);
    static int markPaid(CliContext &context, const QStringList &arguments);
    static int import(CliContext &context, const QStringList &arguments);
};
