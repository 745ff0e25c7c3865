#include "ScheduleCommand.h"

#include "CliContext.h"

#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"

#include <QCommandLineParser>

#include <algorithm>

namespace {

QJsonObject rowJson(const PaymentSchedule::Row &row)
{
    return QJsonObject{{QStringLiteral("agreements"), row.agreements},
                       {QStringLiteral("ae_cents"), row.commitments.cents()},
                       {QStringLiteral("cp_year_cents"), row.cpYear.cents()},
                       {QStringLiteral("cp_next_year_cents"), row.cpNextYear.cents()},
                       {QStringLiteral("cp_year_after_cents"), row.cpYearAfter.cents()},
                       {QStringLiteral("cp_beyond_cents"), row.cpBeyond.cents()},
                       {QStringLiteral("unscheduled_cents"), row.unscheduled.cents()},
                       {QStringLiteral("cancelled_cents"), row.cancelled.cents()}};
}

} // namespace

QJsonObject ScheduleCommand::toJson(const PaymentSchedule &schedule)
{
    return QJsonObject{
        {QStringLiteral("year"), schedule.year()},
        {QStringLiteral("remaining_at_start_cents"), schedule.openingRemainder().cents()},
        {QStringLiteral("ae_committed_cents"), schedule.aeCommitted().cents()},
        {QStringLiteral("ae_cancelled_cents"), schedule.aeCancelled().cents()},
        {QStringLiteral("cp_paid_cents"), schedule.cpPaid().cents()},
        {QStringLiteral("cp_planned_cents"), schedule.cpPlanned().cents()},
        {QStringLiteral("remaining_at_end_cents"), schedule.closingRemainder().cents()},
        {QStringLiteral("agreements_signed"), schedule.agreementsSigned()},
        {QStringLiteral("product_agreements_signed"), schedule.productAgreementsSigned()},
        {QStringLiteral("earlier_commitments"), rowJson(schedule.earlierCommitments())},
        {QStringLiteral("new_commitments"), rowJson(schedule.newCommitments())},
        {QStringLiteral("totals"), rowJson(schedule.totals())},
    };
}

QStringList ScheduleCommand::tableLines(const PaymentSchedule &schedule)
{
    const int year = schedule.year();
    const QStringList header{tr("CP to open (€)"),      tr("AE"),
                             tr("CP %1").arg(year),     tr("CP %1").arg(year + 1),
                             tr("CP %1").arg(year + 2), tr("CP beyond %1").arg(year + 2),
                             tr("Not scheduled"),       tr("Cancelled")};
    const auto cells = [](const QString &label, const PaymentSchedule::Row &row) {
        return QStringList{label,
                           row.commitments.toNumberString(),
                           row.cpYear.toNumberString(),
                           row.cpNextYear.toNumberString(),
                           row.cpYearAfter.toNumberString(),
                           row.cpBeyond.toNumberString(),
                           row.unscheduled.toNumberString(),
                           row.cancelled.toNumberString()};
    };
    const QList<QStringList> rows{
        header,
        cells(tr("Commitments before %1 unpaid at 31/12/%2").arg(year).arg(year - 1), schedule.earlierCommitments()),
        cells(tr("New commitments in %1").arg(year), schedule.newCommitments()),
        cells(tr("Totals"), schedule.totals())};
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line = row.at(0).leftJustified(widths.at(0));
        for (qsizetype column = 1; column < row.size(); ++column)
            line += QStringLiteral("  ") + row.at(column).rightJustified(widths.at(column));
        lines.append(line);
    }
    return lines;
}

int ScheduleCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The budget year."), tr("YYYY"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Prints the figures as JSON (amounts in cents)."));
    parser.addOptions({yearOption, jsonOption});
    const QString usage = QStringLiteral("fast-committee schedule --year YYYY [--json]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    bool numeric = false;
    const int year = parser.value(yearOption).toInt(&numeric);
    if (!parser.isSet(yearOption) || !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give --year YYYY. Usage: %1").arg(usage), CliContext::usageError);
    if (!numeric || year < Promotion::minimumYear || year > Promotion::maximumYear)
        return context.fail(tr("--year: \"%1\" is not a year between %2 and %3.")
                                .arg(parser.value(yearOption))
                                .arg(Promotion::minimumYear)
                                .arg(Promotion::maximumYear),
                            CliContext::usageError);
    CommitteeStore *store = context.openStore();
    if (!store)
        return CliContext::refused;
    FollowUpStore followUp(*store);
    const std::optional<QList<LaureateFollowUp>> laureates = context.read(followUp.allLaureates());
    if (!laureates)
        return CliContext::refused;
    const PaymentSchedule schedule = PaymentSchedule::compute(*laureates, year);
    if (parser.isSet(jsonOption)) {
        context.printJson(QJsonDocument(toJson(schedule)));
        return CliContext::success;
    }
    QTextStream &out = context.out();
    out << tr("Payment schedule %1 (AE / CP), every promotion").arg(year) << Qt::endl;
    out << tr("Remaining to pay at 31/12/%1: %2").arg(year - 1).arg(schedule.openingRemainder().toString()) << Qt::endl;
    out << tr("AE %1: %2 committed by %n agreement(s) signed; %3 cancelled by withdrawals", nullptr,
              schedule.agreementsSigned())
               .arg(year)
               .arg(schedule.aeCommitted().toString(), schedule.aeCancelled().toString())
        << Qt::endl;
    out << tr("CP %1: %2 paid; %3 still to pay on the year's schedule")
               .arg(year)
               .arg(schedule.cpPaid().toString(), schedule.cpPlanned().toString())
        << Qt::endl;
    out << tr("Remaining to pay at 31/12/%1: %2").arg(year).arg(schedule.closingRemainder().toString()) << Qt::endl;
    out << Qt::endl;
    for (const QString &line : tableLines(schedule))
        out << line << Qt::endl;
    return CliContext::success;
}
