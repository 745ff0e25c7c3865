#pragma once

#include "domain/LaureateFollowUp.h"
#include "domain/OpeningKey.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>

class StoreWrite;

// The audit rows of a change to a laureate's follow-up, one per field that changed, with old and new values
// in words ("236 790 € planned on 2026-03-01, paid 236 790 € on 2026-03-05 (VIR-1)"): the agreement's
// reference, signature and amendment, the withdrawal, each tranche (by number) and each milestone.
// Subjects are "FAST13 / Envergo / tranche 2" so that the history's filter on a promotion or a laureate
// finds them.
class FollowUpAudit
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpAudit)

public:
    static void record(StoreWrite &write, const LaureateFollowUp &before, const LaureateFollowUp &after);

    static QString trancheText(const PaymentTranche &tranche);
    static QString milestoneText(const Milestone &milestone);
};
