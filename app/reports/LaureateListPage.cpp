#include "LaureateListPage.h"

#include "LaureateListPdf.h"

#include <QPaintDevice>
#include <QPainter>

namespace {

constexpr double approvalPointSize = 9.0;
// Room for a handwritten signature and a stamp (a signature is 15 to 20 mm high).
constexpr double signatureHeightMm = 30.0;
constexpr int signatoryCount = 2;

QFont sized(QFont font, double pointSize, bool bold = false)
{
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

LaureateListPage::LaureateListPage(const LaureateList &list, const QDateTime &generatedAt, const QFont &bodyFont,
                                   QPaintDevice &device)
    : m_list(list), m_frame(list.authority, LaureateListPdf::footerText(list.promotion, generatedAt), bodyFont, device),
      m_approvalFont(sized(bodyFont, approvalPointSize)), m_approvalMetrics(m_approvalFont, &device),
      m_resolution(device.logicalDpiX())
{
    if (list.provisional())
        m_frame.setMark(provisionalMark());
}

qreal LaureateListPage::boxHeight() const
{
    return m_approvalMetrics.height() * (0.5 + 4 * 1.7) + m_frame.millimetres(signatureHeightMm);
}

qreal LaureateListPage::approvalHeight() const
{
    const qreal line = m_approvalMetrics.height();
    // Space, title, sentence, then the boxes: three fields, the signature's label and its space.
    return line * (1.0 + 1.6 + 1.8) + boxHeight();
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
    const qreal gap = m_frame.millimetres(10);
    const qreal boxWidth = (area.width() - gap * (signatoryCount - 1)) / signatoryCount;
    const qreal boxHeight = this->boxHeight();
    const QStringList fields = approvalFields();
    for (int box = 0; box < signatoryCount; ++box) {
        const QRectF frame(area.left() + box * (boxWidth + gap), y, boxWidth, boxHeight);
        painter.setPen(QPen(ReportPageFrame::ruleColor(), m_resolution / 100.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
        const qreal padding = m_frame.millimetres(3);
        qreal fieldY = frame.top() + line * 0.5;
        for (const QString &field : fields) {
            painter.setPen(ReportPageFrame::mutedColor());
            const QRectF label(frame.left() + padding, fieldY, frame.width() - 2 * padding, line * 1.2);
            painter.drawText(label, Qt::AlignLeft | Qt::AlignBottom, field);
            if (field != fields.constLast()) {
                // A dotted line to write on, after the label.
                const qreal start = label.left() + m_approvalMetrics.horizontalAdvance(field) + padding;
                painter.setPen(QPen(ReportPageFrame::ruleColor(), m_resolution / 150.0, Qt::DotLine));
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
