#include "PaymentSchedulePdf.h"

#include "FollowUpFrench.h"
#include "FrenchDate.h"
#include "OutputFile.h"
#include "ReportHtml.h"
#include "ReportPages.h"

#include <QPageSize>
#include <QPagedPaintDevice>

namespace {

constexpr double bodyPointSize = 8.5;
const QString fundName = QStringLiteral("Fonds d'accélération des startups d'État et de territoires");

QString endOf(int year)
{
    return QStringLiteral("31/12/%1").arg(year);
}

QString figuresTable(const PaymentSchedule &schedule)
{
    const int year = schedule.year();
    const int signedCount = schedule.agreementsSigned();
    const QString agreements = signedCount == 0   ? QStringLiteral("aucune convention signée")
                               : signedCount == 1 ? QStringLiteral("1 convention signée")
                                                  : QStringLiteral("%1 conventions signées").arg(signedCount);
    QString html = ReportHtml::summaryStart(QStringLiteral("50%"));
    html += ReportHtml::summaryRow(QStringLiteral("Reste à payer au %1").arg(endOf(year - 1)),
                                   schedule.openingRemainder().toString());
    html += ReportHtml::summaryRow(QStringLiteral("AE engagées en %1 (%2)").arg(QString::number(year), agreements),
                                   schedule.aeCommitted().toString());
    html += ReportHtml::summaryRow(QStringLiteral("AE annulées par des retraits en %1").arg(year),
                                   schedule.aeCancelled().toString());
    html += ReportHtml::summaryRow(QStringLiteral("CP payés en %1").arg(year), schedule.cpPaid().toString());
    html += ReportHtml::summaryRow(QStringLiteral("CP restant à payer sur l'échéancier de %1").arg(year),
                                   schedule.cpPlanned().toString());
    html += ReportHtml::summaryRow(QStringLiteral("Reste à payer au %1").arg(endOf(year)),
                                   schedule.closingRemainder().toString(), true);
    return html + QStringLiteral("</table>");
}

// The budget annex's "Échéancier des CP à ouvrir": each row's AE split by the year its CP are (to be) paid.
QString scheduleTable(const PaymentSchedule &schedule)
{
    const int year = schedule.year();
    QString html = ReportHtml::tableStart() + QStringLiteral("<thead><tr>") +
                   ReportHtml::headerCell(QStringLiteral("Engagements"), QStringLiteral("23%")) +
                   ReportHtml::headerCell(QStringLiteral("AE"), QStringLiteral("11%"), ReportHtml::Align::Right);
    for (const QString &column :
         {QStringLiteral("CP %1").arg(year), QStringLiteral("CP %1").arg(year + 1),
          QStringLiteral("CP %1").arg(year + 2), QStringLiteral("CP au-delà de %1").arg(year + 2),
          QStringLiteral("Non encore échéancé"), QStringLiteral("Annulé")})
        html += ReportHtml::headerCell(column, QStringLiteral("11%"), ReportHtml::Align::Right);
    html += QStringLiteral("</tr></thead>");
    const auto amounts = [](const PaymentSchedule::Row &row) {
        return QList<Money>{row.commitments, row.cpYear,      row.cpNextYear, row.cpYearAfter,
                            row.cpBeyond,    row.unscheduled, row.cancelled};
    };
    const QList<std::pair<QString, PaymentSchedule::Row>> rows{
        {QStringLiteral("Engagements antérieurs à %1").arg(year), schedule.earlierCommitments()},
        {QStringLiteral("Engagements de %1").arg(year), schedule.newCommitments()}};
    for (const auto &[label, row] : rows) {
        html += QStringLiteral("<tr>") + ReportHtml::cell(label);
        for (const Money amount : amounts(row))
            html += ReportHtml::amountCell(amount.toString());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>") + ReportHtml::totalCell(QStringLiteral("Total"));
    for (const Money amount : amounts(schedule.totals()))
        html += ReportHtml::totalCell(amount.toString(), 1, true);
    return html + QStringLiteral("</tr></table>");
}

// The status, and that a tranche is late in words and in the warning colour (never by colour alone).
QString statusText(const PaymentScheduleDetail::Line &line)
{
    const QString status = FollowUpFrench::status(line.status, line.withdrawnOn);
    return line.late ? QStringLiteral("%1, <font color=\"#b3261e\"><b>en retard</b></font>").arg(status) : status;
}

QString sumCells(const PaymentScheduleDetail::Sums &sums)
{
    return ReportHtml::totalCell(sums.committed.toString(), 1, true) +
           ReportHtml::totalCell(sums.paidInYear.toString(), 1, true) +
           ReportHtml::totalCell(sums.paidToDate.toString(), 1, true) +
           ReportHtml::totalCell(sums.leftToPay.toString(), 1, true) + ReportHtml::totalCell(QString());
}

QString detailTable(const PaymentScheduleDetail &detail)
{
    const int year = detail.year();
    QString html =
        ReportHtml::tableStart() + QStringLiteral("<thead><tr>") +
        ReportHtml::headerCell(QStringLiteral("Promotion"), QStringLiteral("8%")) +
        ReportHtml::headerCell(QStringLiteral("Lauréat"), QStringLiteral("19%")) +
        ReportHtml::headerCell(QStringLiteral("Statut"), QStringLiteral("16%")) +
        ReportHtml::headerCell(QStringLiteral("Engagé"), QStringLiteral("10%"), ReportHtml::Align::Right) +
        ReportHtml::headerCell(QStringLiteral("Payé en %1").arg(year), QStringLiteral("10%"),
                               ReportHtml::Align::Right) +
        ReportHtml::headerCell(QStringLiteral("Payé au total"), QStringLiteral("10%"), ReportHtml::Align::Right) +
        ReportHtml::headerCell(QStringLiteral("Reste à payer"), QStringLiteral("10%"), ReportHtml::Align::Right) +
        ReportHtml::headerCell(QStringLiteral("Prochaine échéance"), QStringLiteral("17%"), ReportHtml::Align::Right) +
        QStringLiteral("</tr></thead>");
    for (const PaymentScheduleDetail::Group &group : detail.groups()) {
        const QString promotion = QStringLiteral("FAST%1").arg(group.promotionNumber);
        for (const PaymentScheduleDetail::Line &line : group.lines) {
            html +=
                QStringLiteral("<tr>") + ReportHtml::cell(promotion) + ReportHtml::cell(ReportHtml::text(line.name)) +
                ReportHtml::cell(statusText(line)) + ReportHtml::amountCell(line.committed.toString()) +
                ReportHtml::amountCell(line.paidInYear.toString()) +
                ReportHtml::amountCell(line.paidToDate.toString()) + ReportHtml::amountCell(line.leftToPay.toString()) +
                ReportHtml::amountCell(FollowUpFrench::nextDue(line.nextDue)) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("<tr>") +
                ReportHtml::totalCell(QStringLiteral("Sous-total %1 (%2)")
                                          .arg(promotion, FollowUpFrench::laureates(group.subtotal.laureates)),
                                      3) +
                sumCells(group.subtotal) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>") +
            ReportHtml::totalCell(
                QStringLiteral("Total (%1)").arg(FollowUpFrench::laureates(detail.totals().laureates)), 3) +
            sumCells(detail.totals()) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

} // namespace

PaymentSchedulePdf::Document PaymentSchedulePdf::build(const QList<LaureateFollowUp> &laureates, int year,
                                                       const QString &authority, const QDateTime &generatedAt)
{
    return Document{PaymentSchedule::compute(laureates, year),
                    PaymentScheduleDetail::compute(laureates, year, generatedAt.date()), authority, generatedAt};
}

QString PaymentSchedulePdf::title(int year)
{
    return QStringLiteral("%1 — Échéancier des crédits de paiement — exercice %2").arg(fundName).arg(year);
}

QString PaymentSchedulePdf::footerText(int year, const QDateTime &generatedAt)
{
    return QStringLiteral("Échéancier des CP — exercice %1 — document généré le %2")
        .arg(QString::number(year), FrenchDate::withTime(generatedAt));
}

QString PaymentSchedulePdf::html(const Document &document)
{
    const PaymentSchedule &schedule = document.schedule;
    const int year = schedule.year();
    QString html = QStringLiteral("<html><body>");
    html += ReportHtml::title(ReportHtml::escaped(fundName),
                              QStringLiteral("Échéancier des crédits de paiement — exercice %1").arg(year));
    html += QStringLiteral("<p style=\"font-size: 10pt;\">Toutes promotions, d'après les conventions et les "
                           "paiements enregistrés le %1.</p>")
                .arg(FrenchDate::text(document.generatedAt.date()));

    html += ReportHtml::heading(QStringLiteral("Chiffres de l'exercice %1").arg(year), 10);
    html += figuresTable(schedule);
    html += QStringLiteral("<p>Reste à payer au %1 = reste à payer au %2 + AE engagées − AE annulées − CP "
                           "payés.</p>")
                .arg(endOf(year), endOf(year - 1));

    html += ReportHtml::heading(QStringLiteral("Échéancier des CP à ouvrir"));
    html += QStringLiteral("<p>Engagements antérieurs\u00A0: restant à payer au %1. Sur chaque ligne, les AE sont la "
                           "somme des colonnes qui suivent.</p>")
                .arg(endOf(year - 1));
    html += scheduleTable(schedule) + ReportHtml::spacer();

    html += ReportHtml::heading(QStringLiteral("Détail par lauréat"));
    const PaymentScheduleDetail &detail = document.detail;
    if (detail.groups().isEmpty()) {
        html += QStringLiteral("<p>Aucune convention signée n'a d'engagement ni de reste à payer sur l'exercice "
                               "%1.</p>")
                    .arg(year);
    } else {
        html += QStringLiteral("<p>Montants au %1\u00A0: engagé − payé au total = reste à payer. Statut, retards et "
                               "prochaine échéance au %2.</p>")
                    .arg(endOf(year), FrenchDate::text(document.generatedAt.date()));
        html += detailTable(detail);
    }
    return html + QStringLiteral("</body></html>");
}

QPageLayout PaymentSchedulePdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 15, 10),
                       QPageLayout::Millimeter);
}

Outcome PaymentSchedulePdf::paint(QPagedPaintDevice &device, const Document &document)
{
    return ReportPages::paintDocument(device, bodyPointSize, document.authority,
                                      footerText(document.schedule.year(), document.generatedAt), html(document));
}

Result<QByteArray> PaymentSchedulePdf::toPdf(const Document &document)
{
    return ReportPages::renderPdf(pageLayout(), title(document.schedule.year()),
                                  [&](QPagedPaintDevice &device) { return paint(device, document); });
}

Outcome PaymentSchedulePdf::writeFile(const QString &path, const Document &document)
{
    const Result<QByteArray> pdf = toPdf(document);
    if (!pdf)
        return Outcome::failure(pdf.error());
    return OutputFile::write(path, pdf.value());
}
