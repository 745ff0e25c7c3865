#include "LaureateListPage.h"

#include "LaureateListPdf.h"

#include <QPaintDevice>
#include <QPainter>

namespace {

constexpr double headerPointSize = 8.0;
// Larger than the authority: a provisional page must be seen as such at arm's length.
constexpr double markPointSize = 11.0;
constexpr double footerPointSize = 7.5;
constexpr double approvalPointSize = 9.0;
// Room for a handwritten signature and a stamp (a signature is 15 to 20 mm high).
constexpr double signatureHeightMm = 30.0;
constexpr int signatoryCount = 2;
const QColor ruleColor(0x9a, 0xa0, 0xa6);
const QColor mutedColor(0x5f, 0x63, 0x68);
const QColor provisionalColor(0xb3, 0x26, 0x1e);
const QColor authorityColor(0x00, 0x00, 0x91);

QFont sized(QFont font, double pointSize, bool bold = false)
{
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

LaureateListPage::LaureateListPage(const LaureateList &list, const QDateTime &generatedAt, const QFont &bodyFont,
                                   QPaintDevice &device)
    : m_list(list), m_generatedAt(generatedAt), m_headerFont(sized(bodyFont, headerPointSize, true)),
      m_footerFont(sized(bodyFont, footerPointSize)), m_approvalFont(sized(bodyFont, approvalPointSize)),
      m_markFont(sized(bodyFont, markPointSize, true)), m_headerMetrics(m_headerFont, &device),
      m_markMetrics(m_markFont, &device), m_footerMetrics(m_footerFont, &device),
      m_approvalMetrics(m_approvalFont, &device), m_resolution(device.logicalDpiX())
{}

qreal LaureateListPage::millimetres(qreal mm) const
{
    return mm * m_resolution / 25.4;
}

qreal LaureateListPage::boxHeight() const
{
    return m_approvalMetrics.height() * (0.5 + 4 * 1.7) + millimetres(signatureHeightMm);
}

qreal LaureateListPage::headerHeight() const
{
    return m_markMetrics.height() * 2.0;
}

qreal LaureateListPage::footerHeight() const
{
    return m_footerMetrics.height() * 2.5;
}

qreal LaureateListPage::approvalHeight() const
{
    const qreal line = m_approvalMetrics.height();
    // Space, title, sentence, then the boxes: three fields, the signature's label and its space.
    return line * (1.0 + 1.6 + 1.8) + boxHeight();
}

void LaureateListPage::paintHeader(QPainter &painter, qreal width) const
{
    painter.save();
    const QRectF line(0, 0, width, m_markMetrics.height());
    QString mark;
    if (m_list.provisional()) {
        mark = provisionalMark();
        painter.setFont(m_markFont);
        painter.setPen(provisionalColor);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, mark);
    }
    // The authority gives way to the mark rather than running under it.
    const qreal markWidth = mark.isEmpty() ? 0 : m_markMetrics.horizontalAdvance(mark) + millimetres(6);
    painter.setFont(m_headerFont);
    painter.setPen(authorityColor);
    const QString authority =
        m_headerMetrics.elidedText(m_list.authority, Qt::ElideRight, width - markWidth, Qt::TextSingleLine);
    painter.drawText(QRectF(0, 0, width - markWidth, line.height()), Qt::AlignLeft | Qt::AlignVCenter, authority);
    const qreal ruleY = m_markMetrics.height() * 1.3;
    painter.setPen(QPen(m_list.provisional() ? provisionalColor : ruleColor, m_resolution / 150.0));
    painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
    painter.restore();
}

void LaureateListPage::paintFooter(QPainter &painter, qreal footerTop, qreal width, int pageIndex, int pageCount) const
{
    painter.save();
    const qreal lineY = footerTop + m_footerMetrics.height() * 0.6;
    painter.setPen(QPen(ruleColor, m_resolution / 150.0));
    painter.drawLine(QPointF(0, lineY), QPointF(width, lineY));
    painter.setFont(m_footerFont);
    painter.setPen(mutedColor);
    const QRectF footerRect(0, lineY + m_footerMetrics.height() * 0.3, width, m_footerMetrics.height());
    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                     LaureateListPdf::footerText(m_list.promotion, m_generatedAt));
    // "Page" is not only for the reader: text extraction (pdftotext -layout, which the tests use)
    // glues a lone "1 / 2" into "1/2".
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("Page %1 / %2").arg(pageIndex + 1).arg(pageCount));
    painter.restore();
}

void LaureateListPage::paintApproval(QPainter &painter, const QRectF &area) const
{
    painter.save();
    const qreal line = m_approvalMetrics.height();
    qreal y = area.top() + line * 1.0;
    painter.setFont(sized(m_approvalFont, approvalPointSize + 2, true));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), y, area.width(), line * 1.6), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Approbation de la liste"));
    y += line * 1.6;
    painter.setFont(m_approvalFont);
    const QString date = m_list.promotion.committeeDate.isValid()
                             ? LaureateListPdf::frenchDate(m_list.promotion.committeeDate)
                             : QStringLiteral("…");
    painter.drawText(QRectF(area.left(), y, area.width(), line * 1.4), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Liste des lauréats de la promotion %1 arrêtée par le comité d'investissement "
                                    "du %2.")
                         .arg(m_list.promotion.label(), date));
    y += line * 1.8;

    // Side by side, each box asks for a name, a role and a date, then leaves room to sign.
    const qreal gap = millimetres(10);
    const qreal boxWidth = (area.width() - gap * (signatoryCount - 1)) / signatoryCount;
    const qreal boxHeight = this->boxHeight();
    const QStringList fields = approvalFields();
    for (int box = 0; box < signatoryCount; ++box) {
        const QRectF frame(area.left() + box * (boxWidth + gap), y, boxWidth, boxHeight);
        painter.setPen(QPen(ruleColor, m_resolution / 100.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
        const qreal padding = millimetres(3);
        qreal fieldY = frame.top() + line * 0.5;
        for (const QString &field : fields) {
            painter.setPen(mutedColor);
            const QRectF label(frame.left() + padding, fieldY, frame.width() - 2 * padding, line * 1.2);
            painter.drawText(label, Qt::AlignLeft | Qt::AlignBottom, field);
            if (field != fields.constLast()) {
                // A dotted line to write on, after the label.
                const qreal start = label.left() + m_approvalMetrics.horizontalAdvance(field) + padding;
                painter.setPen(QPen(ruleColor, m_resolution / 150.0, Qt::DotLine));
                painter.drawLine(QPointF(start, label.bottom()), QPointF(label.right(), label.bottom()));
            }
            fieldY += line * 1.7;
        }
    }
    painter.restore();
}

QString LaureateListPage::provisionalMark()
{
    return QStringLiteral("PROVISOIRE — non arrêtée");
}

QStringList LaureateListPage::approvalFields()
{
    return {QStringLiteral("Nom :"), QStringLiteral("Qualité :"), QStringLiteral("Date :"),
            QStringLiteral("Signature :")};
}
