#include "ReportPageFrame.h"

#include <QPaintDevice>
#include <QPainter>

namespace {

constexpr double headerPointSize = 8.0;
// Larger than the authority: a provisional page must be seen as such at arm's length.
constexpr double markPointSize = 11.0;
constexpr double footerPointSize = 7.5;

QFont sized(QFont font, double pointSize, bool bold = false)
{
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

ReportPageFrame::ReportPageFrame(const QString &authority, const QString &footerText, const QFont &bodyFont,
                                 QPaintDevice &device)
    : m_authority(authority), m_footerText(footerText), m_headerFont(sized(bodyFont, headerPointSize, true)),
      m_footerFont(sized(bodyFont, footerPointSize)), m_markFont(sized(bodyFont, markPointSize, true)),
      m_headerMetrics(m_headerFont, &device), m_markMetrics(m_markFont, &device),
      m_footerMetrics(m_footerFont, &device), m_resolution(device.logicalDpiX())
{}

QColor ReportPageFrame::ruleColor()
{
    return QColor(0x9a, 0xa0, 0xa6);
}

QColor ReportPageFrame::mutedColor()
{
    return QColor(0x5f, 0x63, 0x68);
}

QColor ReportPageFrame::warningColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor ReportPageFrame::authorityColor()
{
    return QColor(0x00, 0x00, 0x91);
}

qreal ReportPageFrame::millimetres(qreal mm) const
{
    return mm * m_resolution / 25.4;
}

qreal ReportPageFrame::headerHeight() const
{
    // The mark's height whether or not there is one: every document's body starts at the same place.
    return m_markMetrics.height() * 2.0;
}

qreal ReportPageFrame::footerHeight() const
{
    return m_footerMetrics.height() * 2.5;
}

void ReportPageFrame::paintHeader(QPainter &painter, qreal width) const
{
    painter.save();
    const QRectF line(0, 0, width, m_markMetrics.height());
    if (!m_mark.isEmpty()) {
        painter.setFont(m_markFont);
        painter.setPen(warningColor());
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, m_mark);
    }
    // The authority gives way to the mark rather than running under it.
    const qreal markWidth = m_mark.isEmpty() ? 0 : m_markMetrics.horizontalAdvance(m_mark) + millimetres(6);
    painter.setFont(m_headerFont);
    painter.setPen(authorityColor());
    const QString authority =
        m_headerMetrics.elidedText(m_authority, Qt::ElideRight, width - markWidth, Qt::TextSingleLine);
    painter.drawText(QRectF(0, 0, width - markWidth, line.height()), Qt::AlignLeft | Qt::AlignVCenter, authority);
    const qreal ruleY = m_markMetrics.height() * 1.3;
    painter.setPen(QPen(m_mark.isEmpty() ? ruleColor() : warningColor(), m_resolution / 150.0));
    painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
    painter.restore();
}

void ReportPageFrame::paintFooter(QPainter &painter, qreal footerTop, qreal width, int pageIndex, int pageCount) const
{
    painter.save();
    const qreal lineY = footerTop + m_footerMetrics.height() * 0.6;
    painter.setPen(QPen(ruleColor(), m_resolution / 150.0));
    painter.drawLine(QPointF(0, lineY), QPointF(width, lineY));
    painter.setFont(m_footerFont);
    painter.setPen(mutedColor());
    const QRectF footerRect(0, lineY + m_footerMetrics.height() * 0.3, width, m_footerMetrics.height());
    // "Page" is not only for the reader: text extraction (pdftotext -layout, which the tests use)
    // glues a lone "1 / 2" into "1/2".
    const QString pageNumber = QStringLiteral("Page %1 / %2").arg(pageIndex + 1).arg(pageCount);
    // The document's line gives way to the page number, as the authority does to the mark.
    const qreal numberWidth = m_footerMetrics.horizontalAdvance(pageNumber) + millimetres(6);
    const QString text =
        m_footerMetrics.elidedText(m_footerText, Qt::ElideRight, width - numberWidth, Qt::TextSingleLine);
    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, pageNumber);
    painter.restore();
}
