#pragma once

#include "domain/LaureateFollowUp.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class CliContext;

// fast-committee follow-up --promotion NUMBER [--json]: each laureate of a promotion after the decision, its
// status, committed, paid and left to pay, its agreement, tranches and milestones, and what is late today,
// in words or as JSON; then the promotion's totals and what withdrawals gave back to its envelope.
class FollowUpCommand
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

    // The tranches, one line each ("  tranche 1: 78 930 € planned on 2025-07-01, paid … (VIR-1)").
    static void printSchedule(CliContext &context, const LaureateFollowUp &laureate);
    static QJsonObject toJson(const LaureateFollowUp &laureate, const QDate &today);
};
