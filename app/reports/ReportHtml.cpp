#include "ReportHtml.h"

#include "domain/NameText.h"

#include <QStringList>

QString ReportHtml::escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString ReportHtml::text(const QString &stored)
{
    // A row stored before the text policy must not turn its text around in an official document.
    return stored.trimmed().isEmpty() ? QStringLiteral("—") : escaped(NameText::visible(stored));
}

QString ReportHtml::freeText(const QString &stored)
{
    if (stored.trimmed().isEmpty())
        return QStringLiteral("—");
    // Free text may hold line breaks and tabs (NameText::normaliseFreeText): the lines stay lines, a tab is a
    // space, and anything else visible() shows is written out as it does for a name.
    QStringList lines = stored.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = escaped(NameText::visible(line.replace(QLatin1Char('\t'), QLatin1Char(' '))));
    return lines.join(QStringLiteral("<br>"));
}

QString ReportHtml::title(const QString &firstLine, const QString &secondLine)
{
    return QStringLiteral("<p style=\"font-size: 15pt; font-weight: bold; color: #000091;\">%1<br>%2</p>")
        .arg(firstLine, secondLine);
}

QString ReportHtml::heading(const QString &text, int topMarginPx)
{
    return QStringLiteral("<h3 style=\"margin-top: %1px;\">%2</h3>").arg(QString::number(topMarginPx), text);
}

QString ReportHtml::spacer()
{
    return QStringLiteral("<p style=\"font-size: 4pt;\">&nbsp;</p>");
}

QString ReportHtml::tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse;\">");
}

namespace {

QString alignment(ReportHtml::Align align)
{
    switch (align) {
    case ReportHtml::Align::Left:
        return QStringLiteral("left");
    case ReportHtml::Align::Centre:
        return QStringLiteral("center");
    case ReportHtml::Align::Right:
        return QStringLiteral("right");
    }
    return QString();
}

} // namespace

QString ReportHtml::headerCell(const QString &text, const QString &width, Align align)
{
    return QStringLiteral("<th width=\"%1\" align=\"%2\" bgcolor=\"#e3e7ee\">%3</th>")
        .arg(width, alignment(align), text);
}

QString ReportHtml::cell(const QString &text, Align align)
{
    const QString attribute = align == Align::Left ? QString() : QStringLiteral(" align=\"%1\"").arg(alignment(align));
    return QStringLiteral("<td%1 style=\"border-bottom: 1px solid #b8bec6;\">%2</td>").arg(attribute, text);
}

QString ReportHtml::amountCell(const QString &text)
{
    return QStringLiteral(
               "<td align=\"right\" style=\"white-space: nowrap; border-bottom: 1px solid #b8bec6;\">%1</td>")
        .arg(text);
}

QString ReportHtml::totalCell(const QString &text, int columnSpan, bool right)
{
    const QString span = columnSpan > 1 ? QStringLiteral(" colspan=\"%1\"").arg(columnSpan) : QString();
    const QString align = right ? QStringLiteral(" align=\"right\" style=\"white-space: nowrap;\"") : QString();
    const QString content = text.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(text);
    return QStringLiteral("<td%1%2 bgcolor=\"#f3f5f8\">%3</td>").arg(span, align, content);
}

QString ReportHtml::summaryStart(const QString &width)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"%1\">").arg(width);
}

QString ReportHtml::summaryRow(const QString &label, const QString &value, bool bold)
{
    const QString open = bold ? QStringLiteral("<b>") : QString();
    const QString close = bold ? QStringLiteral("</b>") : QString();
    return QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td></tr>").arg(open, label, close, value);
}
