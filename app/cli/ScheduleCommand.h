#pragma once

#include "reports/PaymentSchedule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class CliContext;

// fast-committee schedule --year YYYY [--json]: the year's AE, CP and restes à payer across every promotion
// (PaymentSchedule), then the schedule of CP to open by year in the layout of the budget annex's "Échéancier
// des CP à ouvrir", so that the secretariat copies the figures into the annual performance report.
class ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
    static QJsonObject toJson(const PaymentSchedule &schedule);
    // The schedule's table, its columns aligned; amounts in euros as the annex writes them.
    static QStringList tableLines(const PaymentSchedule &schedule);
};
