#include "LaureateListPdf.h"

#include "FrenchDate.h"
#include "LaureateListPage.h"
#include "OutputFile.h"
#include "ReportHtml.h"
#include "ReportPageFrame.h"
#include "ReportPages.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

namespace {

constexpr double bodyPointSize = 8.5;

QString kindName(CandidateKind kind)
{
    switch (kind) {
    case CandidateKind::Product:
        return QStringLiteral("Produit");
    case CandidateKind::Incubator:
        return QStringLiteral("Incubateur");
    }
    return QString();
}

// The columns both tables share, then their two last amount columns. Landscape leaves room for the long
// names of ministries and incubators on one or two lines.
QString tableHead(const QString &secondToLast, const QString &last)
{
    // <thead> makes the header row repeat at the top of every page the table runs onto.
    return QStringLiteral("<thead><tr>") + ReportHtml::headerCell(QStringLiteral("N°"), QStringLiteral("4%")) +
           ReportHtml::headerCell(QStringLiteral("Projet"), QStringLiteral("17%")) +
           ReportHtml::headerCell(QStringLiteral("Administration porteuse"), QStringLiteral("24%")) +
           ReportHtml::headerCell(QStringLiteral("Incubateur"), QStringLiteral("20%")) +
           ReportHtml::headerCell(QStringLiteral("Type"), QStringLiteral("7%")) +
           ReportHtml::headerCell(QStringLiteral("Budget annuel"), QStringLiteral("10%"), ReportHtml::Align::Right) +
           ReportHtml::headerCell(secondToLast, QStringLiteral("10%"), ReportHtml::Align::Right) +
           ReportHtml::headerCell(last, QStringLiteral("8%"), ReportHtml::Align::Right) +
           QStringLiteral("</tr></thead>");
}

// The shared cells of a candidate's row.
QString rowStart(int number, const Candidate &candidate)
{
    return QStringLiteral("<tr>") + ReportHtml::cell(QString::number(number)) +
           ReportHtml::cell(ReportHtml::text(candidate.name)) + ReportHtml::cell(ReportHtml::text(candidate.carrier)) +
           ReportHtml::cell(ReportHtml::text(candidate.incubator)) + ReportHtml::cell(kindName(candidate.kind)) +
           ReportHtml::amountCell(candidate.annualBudget.toString());
}

QString laureateTable(const LaureateList &list)
{
    QString html =
        ReportHtml::tableStart() + tableHead(QStringLiteral("Montant accordé"), QStringLiteral("Part du budget"));
    int number = 0;
    for (const Candidate &candidate : list.laureates) {
        html += rowStart(++number, candidate) + ReportHtml::amountCell(candidate.granted.toString()) +
                ReportHtml::amountCell(LaureateList::shareText(candidate.granted, candidate.annualBudget)) +
                QStringLiteral("</tr>");
    }
    const QString count = list.laureates.size() == 1 ? QStringLiteral("1 lauréat")
                                                     : QStringLiteral("%1 lauréats").arg(list.laureates.size());
    html += QStringLiteral("<tr>") + ReportHtml::totalCell(QStringLiteral("Total : ") + count, 6) +
            ReportHtml::totalCell(list.granted.toString(), 1, true) + ReportHtml::totalCell(QString()) +
            QStringLiteral("</tr>");
    html += QStringLiteral("</table>");
    return html;
}

QString waitlistTable(const LaureateList &list)
{
    QString html =
        ReportHtml::tableStart() + tableHead(QStringLiteral("Montant demandé"), QStringLiteral("Montant éligible"));
    int number = 0;
    for (const Candidate &candidate : list.waitlist) {
        html += rowStart(++number, candidate) + ReportHtml::amountCell(candidate.requested.toString()) +
                ReportHtml::amountCell(candidate.eligibility(list.promotion.rule).eligible.toString()) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString summaryTable(const LaureateList &list)
{
    QString html = ReportHtml::summaryStart(QStringLiteral("40%"));
    html += ReportHtml::summaryRow(QStringLiteral("Nombre de lauréats"), QString::number(list.laureates.size()));
    html += ReportHtml::summaryRow(QStringLiteral("Total accordé"), list.granted.toString());
    html += ReportHtml::summaryRow(QStringLiteral("Enveloppe de la promotion"), list.promotion.envelope.toString());
    if (list.overspent()) {
        const Money overspend = Money::fromCents(0) - list.remaining();
        html += ReportHtml::summaryRow(
            QStringLiteral("<font color=\"#b3261e\">Reste : dépassement de l'enveloppe</font>"),
            QStringLiteral("<font color=\"#b3261e\">%1</font>").arg(list.remaining().toString()), true);
        html += QStringLiteral("<tr><td colspan=\"2\"><font color=\"#b3261e\">Les montants accordés dépassent "
                               "l'enveloppe de %1.</font></td></tr>")
                    .arg(overspend.toString());
    } else {
        html += ReportHtml::summaryRow(QStringLiteral("Reste disponible"), list.remaining().toString(), true);
    }
    html += QStringLiteral("</table>");
    return html;
}

// Who adopted the list: the date line and the members present. An open promotion's list is not adopted yet.
QString adoptionText(const LaureateList &list)
{
    const Promotion &promotion = list.promotion;
    const QString date = LaureateListPdf::frenchDate(promotion.committeeDate);
    QString html;
    if (!list.provisional()) {
        html += QStringLiteral("<p style=\"font-size: 11pt;\"><b>%1</b></p>")
                    .arg(date.isEmpty() ? QStringLiteral("Liste arrêtée par le comité d'investissement "
                                                         "(date du comité non renseignée)")
                                        : LaureateListPdf::adoptionLine(promotion.committeeDate));
    } else if (!date.isEmpty()) {
        html += QStringLiteral("<p style=\"font-size: 11pt;\">Comité d'investissement du %1 — liste non "
                               "arrêtée</p>")
                    .arg(date);
    }
    QStringList names;
    for (const QString &member : list.members)
        names.append(ReportHtml::text(member));
    html += names.isEmpty() ? QStringLiteral("<p>Membres du comité présents : aucun membre enregistré.</p>")
                            : QStringLiteral("<p>Membres du comité présents (%1) : %2.</p>")
                                  .arg(names.size())
                                  .arg(names.join(QStringLiteral(", ")));
    return html;
}

// The annex: per candidate, the members who did not score it (conflict of interest).
QString recusalAnnex(const LaureateList &list)
{
    QString html = ReportHtml::heading(QStringLiteral("Annexe — Déports"));
    if (list.recusals.isEmpty())
        return html + QStringLiteral("<p>Aucun déport : chaque membre a noté chaque projet.</p>");
    html += QStringLiteral("<p>Membres qui ne se sont pas prononcés sur un projet (conflit d'intérêts).</p>") +
            ReportHtml::tableStart() + QStringLiteral("<thead><tr>") +
            ReportHtml::headerCell(QStringLiteral("Projet"), QStringLiteral("40%")) +
            ReportHtml::headerCell(QStringLiteral("Membres déportés"), QStringLiteral("60%")) +
            QStringLiteral("</tr></thead>");
    for (const LaureateList::Recusal &recusal : list.recusals) {
        QStringList members;
        for (const QString &member : recusal.members)
            members.append(ReportHtml::text(member));
        html += QStringLiteral("<tr>") + ReportHtml::cell(ReportHtml::text(recusal.candidate)) +
                ReportHtml::cell(members.join(QStringLiteral(", "))) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString LaureateListPdf::title(const Promotion &promotion)
{
    return QStringLiteral("Fonds d'accélération des startups d'État et de territoires — Promotion %1 — "
                          "Liste des lauréats")
        .arg(promotion.label());
}

QString LaureateListPdf::frenchDate(const QDate &date)
{
    return FrenchDate::text(date);
}

QString LaureateListPdf::frenchDateTime(const QDateTime &dateTime)
{
    return FrenchDate::withTime(dateTime);
}

QString LaureateListPdf::ruleText(const CofinancingRule &rule)
{
    return QStringLiteral("%1\u00A0% du budget annuel du projet, dans la limite de %2 par lauréat")
        .arg(rule.ratePercent())
        .arg(rule.cap().toString());
}

QString LaureateListPdf::adoptionLine(const QDate &committeeDate)
{
    return QStringLiteral("Liste arrêtée par le comité d'investissement du %1").arg(frenchDate(committeeDate));
}

QString LaureateListPdf::footerText(const Promotion &promotion, const QDateTime &generatedAt)
{
    return QStringLiteral("%1 — Liste des lauréats — document généré le %2")
        .arg(promotion.label(), frenchDateTime(generatedAt));
}

QString LaureateListPdf::html(const LaureateList &list)
{
    const Promotion &promotion = list.promotion;
    QString html = QStringLiteral("<html><body>");
    // The fund's name on the first line, the promotion on the second, rather than wherever the width ends.
    const QString heading = ReportHtml::escaped(title(promotion));
    const QString separator = QStringLiteral(" — ");
    const qsizetype firstSeparator = heading.indexOf(separator);
    html += ReportHtml::title(heading.left(firstSeparator + separator.size() - 1),
                              heading.mid(firstSeparator + separator.size()));

    if (promotion.year > 0)
        html += QStringLiteral("<p style=\"font-size: 10pt;\">Exercice %1</p>").arg(promotion.year);
    html += adoptionText(list);
    // An open promotion's decisions can still change: the list must not pass for the final one.
    if (list.provisional())
        html += QStringLiteral("<p><font color=\"#b3261e\"><b>Document provisoire :</b> la promotion n'est pas "
                               "close, ses décisions peuvent encore changer.</font></p>");

    html += ReportHtml::heading(QStringLiteral("Lauréats"), 10);
    // Says which order the lists follow, so that a list by name is not read as a ranking.
    const QString order = list.ranked ? QStringLiteral("<p>Dans l'ordre du classement du comité.</p>")
                                      : QStringLiteral("<p>Par ordre alphabétique du nom du projet.</p>");
    if (list.laureates.isEmpty())
        html += QStringLiteral("<p>Aucun lauréat.</p>");
    else
        html += order + laureateTable(list) + ReportHtml::spacer();

    html += ReportHtml::heading(QStringLiteral("Synthèse"));
    html += summaryTable(list) + ReportHtml::spacer();
    html += QStringLiteral("<p>Règle de cofinancement appliquée : %1.</p>").arg(ruleText(promotion.rule));

    html += ReportHtml::heading(QStringLiteral("Liste d'attente"));
    if (list.waitlist.isEmpty()) {
        html += QStringLiteral("<p>Aucun projet en liste d'attente.</p>");
    } else {
        html += order + waitlistTable(list);
    }
    html += ReportHtml::spacer() + recusalAnnex(list);
    // A provisional list has no approval block: nobody signs a list the committee has not adopted.
    if (list.provisional())
        html += ReportHtml::spacer() +
                QStringLiteral("<p><font color=\"#b3261e\"><b>Liste provisoire, non soumise à "
                               "signature :</b> le bloc d'approbation figure sur la liste arrêtée, une "
                               "fois la promotion close.</font></p>");
    html += QStringLiteral("</body></html>");
    return html;
}

QPageLayout LaureateListPdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 15, 10),
                       QPageLayout::Millimeter);
}

Outcome LaureateListPdf::paint(QPagedPaintDevice &device, const LaureateList &list, const QDateTime &generatedAt)
{
    QPainter painter;
    if (const Outcome started = ReportPages::begin(painter, device); !started)
        return started;
    const QFont font = ReportPages::bodyFont(bodyPointSize);
    const LaureateListPage furniture(list, generatedAt, font, device);
    const ReportPages pages(device, font, furniture.frame(), html(list));

    // The approval block goes under the last line, on the last page: on a page of its own when it does not fit
    // there, so that it is never split and the signatures are always on the page that ends the list.
    int pageCount = pages.pageCount();
    qreal approvalTop = 0;
    if (!list.provisional()) {
        approvalTop = pages.endOnLastPage();
        if (approvalTop + furniture.approvalHeight() > pages.bodySize().height()) {
            ++pageCount;
            approvalTop = 0;
        }
    }
    pages.paint(painter, pageCount, [&](QPainter &onPage, int index, const QRectF &body) {
        if (!list.provisional() && index == pageCount - 1)
            furniture.paintApproval(
                onPage, QRectF(body.left(), body.top() + approvalTop, body.width(), furniture.approvalHeight()));
    });
    painter.end();
    return Outcome::success();
}

Result<QByteArray> LaureateListPdf::toPdf(const LaureateList &list, const QDateTime &generatedAt)
{
    return ReportPages::renderPdf(pageLayout(), title(list.promotion),
                                  [&](QPagedPaintDevice &device) { return paint(device, list, generatedAt); });
}

Outcome LaureateListPdf::writeFile(const QString &path, const LaureateList &list, const QDateTime &generatedAt)
{
    const Result<QByteArray> pdf = toPdf(list, generatedAt);
    if (!pdf)
        return Outcome::failure(pdf.error());
    return OutputFile::write(path, pdf.value());
}
