#include "FollowUpSheetPdf.h"

#include "FollowUpFrench.h"
#include "FrenchDate.h"
#include "OutputFile.h"
#include "ReportHtml.h"
#include "ReportPages.h"

#include <QPageSize>
#include <QPagedPaintDevice>
#include <QRegularExpression>

namespace {

constexpr double bodyPointSize = 9.0;
const QString fundName = QStringLiteral("Fonds d'accélération des startups d'État et de territoires");

QString dateOrDash(const QDate &date)
{
    return date.isValid() ? LaureateFollowUp::dateText(date) : QStringLiteral("—");
}

// A label and its value, on a line of a two-column table without rules.
QString fieldRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"28%\">%1</td><td>%2</td></tr>").arg(label, value);
}

QString fieldsStart()
{
    return ReportHtml::summaryStart(QStringLiteral("100%"));
}

QString late(const QString &text)
{
    return QStringLiteral("<font color=\"#b3261e\"><b>%1</b></font>").arg(text);
}

QString identity(const FollowUpSheetPdf::Document &document)
{
    const LaureateFollowUp &laureate = document.laureate;
    const Candidate &candidate = document.candidate;
    QString html = fieldsStart();
    html +=
        fieldRow(QStringLiteral("Promotion"),
                 laureate.promotionYear > 0
                     ? QStringLiteral("FAST%1 (exercice %2)").arg(laureate.promotionNumber).arg(laureate.promotionYear)
                     : QStringLiteral("FAST%1").arg(laureate.promotionNumber));
    html += fieldRow(QStringLiteral("Lauréat"), QStringLiteral("<b>%1</b>").arg(ReportHtml::text(laureate.name)));
    html += fieldRow(QStringLiteral("Administration porteuse"), ReportHtml::text(candidate.carrier));
    html += fieldRow(QStringLiteral("Incubateur"), ReportHtml::text(candidate.incubator));
    html += fieldRow(QStringLiteral("Type"), laureate.kind == CandidateKind::Incubator ? QStringLiteral("Incubateur")
                                                                                       : QStringLiteral("Produit"));
    html += fieldRow(QStringLiteral("Montant accordé"), laureate.granted.toString());
    html += fieldRow(
        QStringLiteral("Statut"),
        QStringLiteral("<b>%1</b>").arg(FollowUpFrench::status(laureate.status(), laureate.agreement.withdrawnOn)));
    return html + QStringLiteral("</table>");
}

QString agreementSection(const LaureateFollowUp &laureate)
{
    const Agreement &agreement = laureate.agreement;
    QString html = ReportHtml::heading(QStringLiteral("Convention")) + fieldsStart();
    html += fieldRow(QStringLiteral("Référence"), ReportHtml::text(agreement.reference));
    html += fieldRow(QStringLiteral("Signée le"), agreement.isSigned() ? LaureateFollowUp::dateText(agreement.signedOn)
                                                                       : QStringLiteral("non signée"));
    html += fieldRow(QStringLiteral("Engagement (AE)"),
                     agreement.isSigned() ? laureate.signedCommitment().toString() : QStringLiteral("—"));
    html += fieldRow(QStringLiteral("Avenant"),
                     agreement.isAmended() ? QStringLiteral("%1 engagés au lieu des %2 accordés — motif\u00A0: %3")
                                                 .arg(agreement.amended->toString(), laureate.granted.toString(),
                                                      ReportHtml::freeText(agreement.amendmentReason))
                                           : QStringLiteral("aucun"));
    if (!agreement.isWithdrawn()) {
        html += fieldRow(QStringLiteral("Retrait"), QStringLiteral("aucun"));
        return html + QStringLiteral("</table>");
    }
    html += fieldRow(QStringLiteral("Retrait"), QStringLiteral("le %1 — motif\u00A0: %2")
                                                    .arg(LaureateFollowUp::dateText(agreement.withdrawnOn),
                                                         ReportHtml::freeText(agreement.withdrawalReason)));
    const Money paid = laureate.paid();
    html += fieldRow(QStringLiteral("Rendu à l'enveloppe"),
                     QStringLiteral("<b>%1</b> (accordé %2 − payé %3)")
                         .arg(laureate.released().toString(), laureate.granted.toString(), paid.toString()));
    if (agreement.isSigned())
        html +=
            fieldRow(QStringLiteral("AE annulées"), QStringLiteral("%1 (engagé %2 − payé %3)")
                                                        .arg((laureate.signedCommitment() - paid).toString(),
                                                             laureate.signedCommitment().toString(), paid.toString()));
    return html + QStringLiteral("</table>");
}

QString tranchesSection(const LaureateFollowUp &laureate, const QDate &today)
{
    QString html = ReportHtml::heading(QStringLiteral("Tranches de paiement"));
    if (laureate.tranches.isEmpty()) {
        html += QStringLiteral("<p>Aucune tranche.</p>");
    } else {
        html +=
            ReportHtml::tableStart() + QStringLiteral("<thead><tr>") +
            ReportHtml::headerCell(QStringLiteral("N°"), QStringLiteral("6%"), ReportHtml::Align::Centre) +
            ReportHtml::headerCell(QStringLiteral("Prévue le"), QStringLiteral("15%"), ReportHtml::Align::Centre) +
            ReportHtml::headerCell(QStringLiteral("Montant"), QStringLiteral("16%"), ReportHtml::Align::Right) +
            ReportHtml::headerCell(QStringLiteral("Payée le"), QStringLiteral("15%"), ReportHtml::Align::Centre) +
            ReportHtml::headerCell(QStringLiteral("Montant payé"), QStringLiteral("16%"), ReportHtml::Align::Right) +
            ReportHtml::headerCell(QStringLiteral("Référence"), QStringLiteral("32%"), ReportHtml::Align::Centre) +
            QStringLiteral("</tr></thead>");
        const QList<PaymentTranche> lateTranches = laureate.lateTranches(today);
        Money planned;
        for (const PaymentTranche &tranche : laureate.tranches) {
            planned += tranche.planned;
            const bool isLate = lateTranches.contains(tranche);
            const QString paidOn = tranche.isPaid() ? LaureateFollowUp::dateText(tranche.paidOn)
                                   : isLate         ? late(QStringLiteral("en retard"))
                                                    : QStringLiteral("—");
            html += QStringLiteral("<tr>") +
                    ReportHtml::cell(QString::number(tranche.position), ReportHtml::Align::Centre) +
                    ReportHtml::cell(dateOrDash(tranche.plannedOn), ReportHtml::Align::Centre) +
                    ReportHtml::amountCell(tranche.planned.toString()) +
                    ReportHtml::cell(paidOn, ReportHtml::Align::Centre) +
                    ReportHtml::amountCell(tranche.isPaid() ? tranche.paid.toString() : QStringLiteral("—")) +
                    ReportHtml::cell(ReportHtml::text(tranche.reference), ReportHtml::Align::Centre) +
                    QStringLiteral("</tr>");
        }
        html += QStringLiteral("<tr>") + ReportHtml::totalCell(QStringLiteral("Total"), 2) +
                ReportHtml::totalCell(planned.toString(), 1, true) + ReportHtml::totalCell(QString()) +
                ReportHtml::totalCell(laureate.paid().toString(), 1, true) + ReportHtml::totalCell(QString()) +
                QStringLiteral("</tr></table>") + ReportHtml::spacer();
    }
    html += ReportHtml::summaryStart(QStringLiteral("36%"));
    html += ReportHtml::summaryRow(QStringLiteral("Engagé"), laureate.committed().toString());
    html += ReportHtml::summaryRow(QStringLiteral("Payé"), laureate.paid().toString());
    html += ReportHtml::summaryRow(QStringLiteral("Reste à payer"), laureate.leftToPay().toString(), true);
    if (const Money unscheduled = laureate.unscheduled(); unscheduled > Money())
        html += ReportHtml::summaryRow(QStringLiteral("Engagé, pas encore en tranche"), unscheduled.toString());
    return html + QStringLiteral("</table>");
}

QString milestonesSection(const LaureateFollowUp &laureate, const QDate &today)
{
    QString html =
        ReportHtml::heading(QStringLiteral("Accompagnement")) + ReportHtml::tableStart() +
        QStringLiteral("<thead><tr>") + ReportHtml::headerCell(QStringLiteral("Jalon"), QStringLiteral("24%")) +
        ReportHtml::headerCell(QStringLiteral("Prévu le"), QStringLiteral("14%"), ReportHtml::Align::Centre) +
        ReportHtml::headerCell(QStringLiteral("Fait le"), QStringLiteral("14%"), ReportHtml::Align::Centre) +
        ReportHtml::headerCell(QStringLiteral("Note"), QStringLiteral("48%")) + QStringLiteral("</tr></thead>");
    const QList<Milestone> lateMilestones = laureate.lateMilestones(today);
    for (const Milestone::Kind kind : Milestone::kinds()) {
        const Milestone step = laureate.milestone(kind).value_or(Milestone{kind, QDate(), QDate(), QString()});
        const QString done = step.isDone()                   ? LaureateFollowUp::dateText(step.doneOn)
                             : lateMilestones.contains(step) ? late(QStringLiteral("en retard"))
                                                             : QStringLiteral("—");
        html += QStringLiteral("<tr>") + ReportHtml::cell(FollowUpFrench::milestone(kind)) +
                ReportHtml::cell(dateOrDash(step.plannedOn), ReportHtml::Align::Centre) +
                ReportHtml::cell(done, ReportHtml::Align::Centre) + ReportHtml::cell(ReportHtml::freeText(step.note)) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString lateSection(const LaureateFollowUp &laureate, const QDate &today)
{
    const QString day = FrenchDate::text(today);
    QString html = ReportHtml::heading(QStringLiteral("Retards au %1").arg(day));
    if (laureate.agreement.isWithdrawn())
        return html + QStringLiteral("<p>Aucun retard\u00A0: le lauréat s'est retiré le %1, plus rien ne lui est "
                                     "dû.</p>")
                          .arg(LaureateFollowUp::dateText(laureate.agreement.withdrawnOn));
    QStringList items;
    for (const PaymentTranche &tranche : laureate.lateTranches(today))
        items.append(FollowUpFrench::lateTranche(tranche));
    for (const Milestone &step : laureate.lateMilestones(today))
        items.append(FollowUpFrench::lateMilestone(step));
    if (items.isEmpty())
        return html + QStringLiteral("<p>Aucun retard au %1.</p>").arg(day);
    html += QStringLiteral("<p>%1 au %2\u00A0:</p><ul>")
                .arg(items.size() == 1 ? QStringLiteral("1 élément en retard")
                                       : QStringLiteral("%1 éléments en retard").arg(items.size()),
                     day);
    for (const QString &item : items)
        html += QStringLiteral("<li>%1.</li>").arg(late(ReportHtml::escaped(item)));
    return html + QStringLiteral("</ul>");
}

} // namespace

QString FollowUpSheetPdf::title(const LaureateFollowUp &laureate)
{
    return QStringLiteral("%1 — %2 — Fiche de suivi").arg(fundName, laureate.label());
}

QString FollowUpSheetPdf::footerText(const LaureateFollowUp &laureate, const QDateTime &generatedAt)
{
    return QStringLiteral("%1 — Fiche de suivi — document généré le %2")
        .arg(laureate.label(), FrenchDate::withTime(generatedAt));
}

QString FollowUpSheetPdf::fileName(const LaureateFollowUp &laureate)
{
    // Characters no file system or save dialog takes, and white space, become a dash.
    QString name = laureate.name;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    return QStringLiteral("FAST%1-suivi-%2.pdf").arg(QString::number(laureate.promotionNumber), name);
}

QString FollowUpSheetPdf::html(const Document &document)
{
    const LaureateFollowUp &laureate = document.laureate;
    const QDate today = document.generatedAt.date();
    QString html = QStringLiteral("<html><body>");
    html += ReportHtml::title(ReportHtml::escaped(fundName), QStringLiteral("Fiche de suivi du lauréat"));
    html += ReportHtml::spacer();
    html += identity(document) + ReportHtml::spacer();
    html += agreementSection(laureate) + ReportHtml::spacer();
    html += tranchesSection(laureate, today) + ReportHtml::spacer();
    html += milestonesSection(laureate, today) + ReportHtml::spacer();
    html += lateSection(laureate, today);
    return html + QStringLiteral("</body></html>");
}

QPageLayout FollowUpSheetPdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 10),
                       QPageLayout::Millimeter);
}

Outcome FollowUpSheetPdf::paint(QPagedPaintDevice &device, const Document &document)
{
    return ReportPages::paintDocument(device, bodyPointSize, document.authority,
                                      footerText(document.laureate, document.generatedAt), html(document));
}

Result<QByteArray> FollowUpSheetPdf::toPdf(const Document &document)
{
    return ReportPages::renderPdf(pageLayout(), title(document.laureate),
                                  [&](QPagedPaintDevice &device) { return paint(device, document); });
}

Outcome FollowUpSheetPdf::writeFile(const QString &path, const Document &document)
{
    const Result<QByteArray> pdf = toPdf(document);
    if (!pdf)
        return Outcome::failure(pdf.error());
    return OutputFile::write(path, pdf.value());
}
