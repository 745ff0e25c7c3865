#include "LaureateListPdf.h"

#include "LaureateListPage.h"
#include "OutputFile.h"
#include "domain/NameText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace {

constexpr int pdfResolution = 300;
constexpr double bodyPointSize = 8.5;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

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

// A header cell; "right" for the amounts so that their digits line up.
QString headerCell(const QString &text, const QString &width, bool right = false)
{
    return QStringLiteral("<th width=\"%1\" align=\"%2\" bgcolor=\"#e3e7ee\">%3</th>")
        .arg(width, right ? QStringLiteral("right") : QStringLiteral("left"), text);
}

QString cell(const QString &text)
{
    return QStringLiteral("<td style=\"border-bottom: 1px solid #b8bec6;\">%1</td>").arg(text);
}

// Amounts and percentages never wrap: a column is widened rather than "2 000 000" and "€" split.
QString amountCell(const QString &text)
{
    return QStringLiteral(
               "<td align=\"right\" style=\"white-space: nowrap; border-bottom: 1px solid #b8bec6;\">%1</td>")
        .arg(text);
}

// Rich text drops a heading's top margin after a table: an empty line keeps the sections apart.
QString spacer()
{
    return QStringLiteral("<p style=\"font-size: 4pt;\">&nbsp;</p>");
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse;\">");
}

// The columns both tables share, then their two last amount columns. Landscape leaves room for the long
// names of ministries and incubators on one or two lines.
QString tableHead(const QString &secondToLast, const QString &last)
{
    // <thead> makes the header row repeat at the top of every page the table runs onto.
    return QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("N°"), QStringLiteral("4%")) +
           headerCell(QStringLiteral("Projet"), QStringLiteral("17%")) +
           headerCell(QStringLiteral("Administration porteuse"), QStringLiteral("24%")) +
           headerCell(QStringLiteral("Incubateur"), QStringLiteral("20%")) +
           headerCell(QStringLiteral("Type"), QStringLiteral("7%")) +
           headerCell(QStringLiteral("Budget annuel"), QStringLiteral("10%"), true) +
           headerCell(secondToLast, QStringLiteral("10%"), true) + headerCell(last, QStringLiteral("8%"), true) +
           QStringLiteral("</tr></thead>");
}

// The shared cells of a candidate's row; an empty text shows as a dash rather than a blank that looks
// like a printing fault.
QString rowStart(int number, const Candidate &candidate)
{
    const auto text = [](const QString &value) {
        // A row stored before the text policy must not turn its text around in the official list.
        return value.trimmed().isEmpty() ? QStringLiteral("—") : escaped(NameText::visible(value));
    };
    return QStringLiteral("<tr>") + cell(QString::number(number)) + cell(text(candidate.name)) +
           cell(text(candidate.carrier)) + cell(text(candidate.incubator)) + cell(kindName(candidate.kind)) +
           amountCell(candidate.annualBudget.toString());
}

QString laureateTable(const LaureateList &list)
{
    QString html = tableStart() + tableHead(QStringLiteral("Montant accordé"), QStringLiteral("Part du budget"));
    int number = 0;
    for (const Candidate &candidate : list.laureates) {
        html += rowStart(++number, candidate) + amountCell(candidate.granted.toString()) +
                amountCell(LaureateList::shareText(candidate.granted, candidate.annualBudget)) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td colspan=\"6\" bgcolor=\"#f3f5f8\"><b>Total : %1</b></td>"
                           "<td align=\"right\" bgcolor=\"#f3f5f8\" style=\"white-space: nowrap;\"><b>%2</b></td>"
                           "<td bgcolor=\"#f3f5f8\"></td></tr>")
                .arg(list.laureates.size() == 1 ? QStringLiteral("1 lauréat")
                                                : QStringLiteral("%1 lauréats").arg(list.laureates.size()),
                     list.granted.toString());
    html += QStringLiteral("</table>");
    return html;
}

QString waitlistTable(const LaureateList &list)
{
    QString html = tableStart() + tableHead(QStringLiteral("Montant demandé"), QStringLiteral("Montant éligible"));
    int number = 0;
    for (const Candidate &candidate : list.waitlist) {
        html += rowStart(++number, candidate) + amountCell(candidate.requested.toString()) +
                amountCell(candidate.eligibility(list.promotion.rule).eligible.toString()) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

// A line of the summary: the label on the left, the amount on the right.
QString summaryRow(const QString &label, const QString &value, bool bold = false)
{
    const QString open = bold ? QStringLiteral("<b>") : QString();
    const QString close = bold ? QStringLiteral("</b>") : QString();
    return QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td></tr>").arg(open, label, close, value);
}

QString summaryTable(const LaureateList &list)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"40%\">");
    html += summaryRow(QStringLiteral("Nombre de lauréats"), QString::number(list.laureates.size()));
    html += summaryRow(QStringLiteral("Total accordé"), list.granted.toString());
    html += summaryRow(QStringLiteral("Enveloppe de la promotion"), list.promotion.envelope.toString());
    if (list.overspent()) {
        const Money overspend = Money::fromCents(0) - list.remaining();
        html += summaryRow(QStringLiteral("<font color=\"#b3261e\">Reste : dépassement de l'enveloppe</font>"),
                           QStringLiteral("<font color=\"#b3261e\">%1</font>").arg(list.remaining().toString()), true);
        html += QStringLiteral("<tr><td colspan=\"2\"><font color=\"#b3261e\">Les montants accordés dépassent "
                               "l'enveloppe de %1.</font></td></tr>")
                    .arg(overspend.toString());
    } else {
        html += summaryRow(QStringLiteral("Reste disponible"), list.remaining().toString(), true);
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
        names.append(escaped(NameText::visible(member)));
    html += names.isEmpty() ? QStringLiteral("<p>Membres du comité présents : aucun membre enregistré.</p>")
                            : QStringLiteral("<p>Membres du comité présents (%1) : %2.</p>")
                                  .arg(names.size())
                                  .arg(names.join(QStringLiteral(", ")));
    return html;
}

// The annex: per candidate, the members who did not score it (conflict of interest).
QString recusalAnnex(const LaureateList &list)
{
    QString html = QStringLiteral("<h3 style=\"margin-top: 18px;\">Annexe — Déports</h3>");
    if (list.recusals.isEmpty())
        return html + QStringLiteral("<p>Aucun déport : chaque membre a noté chaque projet.</p>");
    html += QStringLiteral("<p>Membres qui ne se sont pas prononcés sur un projet (conflit d'intérêts).</p>") +
            tableStart() + QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("Projet"), QStringLiteral("40%")) +
            headerCell(QStringLiteral("Membres déportés"), QStringLiteral("60%")) + QStringLiteral("</tr></thead>");
    for (const LaureateList::Recusal &recusal : list.recusals) {
        QStringList members;
        for (const QString &member : recusal.members)
            members.append(escaped(NameText::visible(member)));
        html += QStringLiteral("<tr>") + cell(escaped(NameText::visible(recusal.candidate))) +
                cell(members.join(QStringLiteral(", "))) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// The page a block's first line is printed on, once the document is paginated.
int pageOf(const QTextDocument &document, const QTextBlock &block, qreal pageHeight)
{
    qreal top = document.documentLayout()->blockBoundingRect(block).top();
    if (block.layout() && block.layout()->lineCount() > 0)
        top += block.layout()->lineAt(0).y();
    return int(top / pageHeight);
}

// What a heading introduces and must share a page with: the first body row of the table after it (an
// introducing sentence and the repeated header row are not enough), or the paragraph after it.
QTextBlock introducedBlock(const QTextBlock &heading)
{
    QTextBlock target;
    for (QTextBlock block = heading.next(); block.isValid(); block = block.next()) {
        if (QTextTable *table = QTextCursor(block).currentTable()) {
            // A table without a header row is a few lines (the synthesis): it stays whole with its heading.
            if (table->format().headerRowCount() == 0)
                return table->lastCursorPosition().block();
            if (table->cellAt(block.position()).row() >= table->format().headerRowCount())
                return block;
            continue;
        }
        target = block;
        const QTextBlock after = block.next();
        if (!after.isValid() || !QTextCursor(after).currentTable())
            break;
    }
    return target;
}

// Qt's rich text has no "keep with next": a heading left alone at the foot of a page (its table on the
// next one) is moved to the next page, one heading at a time since each move shifts what follows.
void keepHeadingsWithTheirContent(QTextDocument &document, qreal pageHeight)
{
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 ||
                block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QTextBlock content = introducedBlock(block);
            if (!content.isValid() || pageOf(document, block, pageHeight) == pageOf(document, content, pageHeight))
                continue;
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            moved = true;
        }
        if (!moved)
            return;
    }
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
    if (!date.isValid())
        return QString();
    const QString rest = QLocale(QLocale::French).toString(date, QStringLiteral("MMMM yyyy"));
    // French writes the first day of a month as an ordinal: "1er juin 2023".
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + QLatin1Char(' ') + rest;
}

QString LaureateListPdf::frenchDateTime(const QDateTime &dateTime)
{
    return QStringLiteral("%1 à %2").arg(frenchDate(dateTime.date()),
                                         dateTime.time().toString(QStringLiteral("HH:mm")));
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
    const QString heading = escaped(title(promotion));
    const QString separator = QStringLiteral(" — ");
    const qsizetype firstSeparator = heading.indexOf(separator);
    html +=
        QStringLiteral("<p style=\"font-size: 15pt; font-weight: bold; color: #000091;\">%1<br>%2</p>")
            .arg(heading.left(firstSeparator + separator.size() - 1), heading.mid(firstSeparator + separator.size()));

    if (promotion.year > 0)
        html += QStringLiteral("<p style=\"font-size: 10pt;\">Exercice %1</p>").arg(promotion.year);
    html += adoptionText(list);
    // An open promotion's decisions can still change: the list must not pass for the final one.
    if (list.provisional())
        html += QStringLiteral("<p><font color=\"#b3261e\"><b>Document provisoire :</b> la promotion n'est pas "
                               "close, ses décisions peuvent encore changer.</font></p>");

    html += QStringLiteral("<h3 style=\"margin-top: 10px;\">Lauréats</h3>");
    // Says which order the lists follow, so that a list by name is not read as a ranking.
    const QString order = list.ranked ? QStringLiteral("<p>Dans l'ordre du classement du comité.</p>")
                                      : QStringLiteral("<p>Par ordre alphabétique du nom du projet.</p>");
    if (list.laureates.isEmpty())
        html += QStringLiteral("<p>Aucun lauréat.</p>");
    else
        html += order + laureateTable(list) + spacer();

    html += QStringLiteral("<h3 style=\"margin-top: 18px;\">Synthèse</h3>");
    html += summaryTable(list) + spacer();
    html += QStringLiteral("<p>Règle de cofinancement appliquée : %1.</p>").arg(ruleText(promotion.rule));

    html += QStringLiteral("<h3 style=\"margin-top: 18px;\">Liste d'attente</h3>");
    if (list.waitlist.isEmpty()) {
        html += QStringLiteral("<p>Aucun projet en liste d'attente.</p>");
    } else {
        html += order + waitlistTable(list);
    }
    html += spacer() + recusalAnnex(list);
    // A provisional list has no approval block: nobody signs a list the committee has not adopted.
    if (list.provisional())
        html += spacer() + QStringLiteral("<p><font color=\"#b3261e\"><b>Liste provisoire, non soumise à "
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
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Outcome::failure(tr("The PDF cannot be laid out without the graphical libraries (no QGuiApplication)."));

    // The device's own resolution: 300 dpi for the PDF, whatever the printer has for paper.
    const int resolution = device.logicalDpiX();
    QPainter painter;
    if (!painter.begin(&device))
        return Outcome::failure(tr("The document could not be started (the PDF or the printer refused to open)."));

    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    // Without shaping Latin text gets no "fi" ligature, so that the PDF's text is searched and copied
    // as written ("cofinancement", not "co\uFB01nancement").
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(bodyPointSize);

    QTextDocument document;
    // Laid out for the device's resolution, not the screen's, so that what is measured is what is printed.
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);

    const LaureateListPage furniture(list, generatedAt, font, device);
    const QRectF page = device.pageLayout().paintRectPixels(resolution);
    const qreal headerHeight = furniture.headerHeight();
    const QSizeF bodySize(page.width(), page.height() - headerHeight - furniture.footerHeight());
    // The page size before the text: setHtml() lays the document out, and a later setPageSize() would
    // lay it out a second time (16 % of an export's instructions, measured with callgrind).
    document.setPageSize(bodySize);
    document.setHtml(html(list));
    keepHeadingsWithTheirContent(document, bodySize.height());
    // A page break set on a laid-out heading moves the blocks after it without laying them out again: they
    // kept their old place and were clipped away (in the text, not on paper). All of it is laid out anew.
    document.markContentsDirty(0, document.characterCount());

    // The approval block goes under the last line, on the last page: on a page of its own when it does not fit
    // there, so that it is never split and the signatures are always on the page that ends the list.
    int pageCount = document.pageCount();
    qreal approvalTop = 0;
    if (!list.provisional()) {
        const qreal end = document.documentLayout()->blockBoundingRect(document.lastBlock()).bottom();
        approvalTop = end - (pageCount - 1) * bodySize.height();
        if (approvalTop + furniture.approvalHeight() > bodySize.height()) {
            ++pageCount;
            approvalTop = 0;
        }
    }

    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            device.newPage();
        furniture.paintHeader(painter, page.width());
        painter.save();
        painter.translate(0, headerHeight - index * bodySize.height());
        // The clip is half a pixel short of the page at both ends: the first line of the next page starts
        // exactly on the boundary, and would otherwise be written (invisible but in the text) here too.
        document.drawContents(&painter,
                              QRectF(0, index * bodySize.height() + 0.5, bodySize.width(), bodySize.height() - 1));
        painter.restore();
        if (!list.provisional() && index == pageCount - 1)
            furniture.paintApproval(painter,
                                    QRectF(0, headerHeight + approvalTop, page.width(), furniture.approvalHeight()));
        furniture.paintFooter(painter, headerHeight + bodySize.height(), page.width(), index, pageCount);
    }
    painter.end();
    return Outcome::success();
}

Result<QByteArray> LaureateListPdf::toPdf(const LaureateList &list, const QDateTime &generatedAt)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(
            tr("The PDF cannot be laid out without the graphical libraries (no QGuiApplication)."));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // 300 dpi keeps the layout arithmetic in whole device pixels that are still finer than any printer needs.
        writer.setResolution(pdfResolution);
        writer.setPageLayout(pageLayout());
        writer.setTitle(title(list.promotion));
        writer.setCreator(QStringLiteral("Comité FAST"));
        if (const Outcome painted = paint(writer, list, generatedAt); !painted)
            return Result<QByteArray>::failure(painted.error());
    }
    buffer.close();
    return Result<QByteArray>::success(bytes);
}

Outcome LaureateListPdf::writeFile(const QString &path, const LaureateList &list, const QDateTime &generatedAt)
{
    const Result<QByteArray> pdf = toPdf(list, generatedAt);
    if (!pdf)
        return Outcome::failure(pdf.error());
    return OutputFile::write(path, pdf.value());
}
