#include "widgets/EnvelopeGaugeBar.h"

#include "widgets/ChartPalette.h"
#include "widgets/RelativeFont.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// White on the dark segments and black on the light ones, so the amounts stay legible when projected.
QColor textColourOn(const QColor &background)
{
    // Perceived luminance rather than HSL lightness, which calls the orange dark.
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance < 0.55 ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace

EnvelopeGaugeBar::EnvelopeGaugeBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("envelopeGaugeBar"));
    // Slightly larger than the desktop default, like the dashboard: the ranking is shown projected.
    RelativeFont::follow(this, 1);

    auto *legend = new QHBoxLayout;
    legend->setSpacing(18);
    m_consumedLabel = addLegendEntry(QStringLiteral("gaugeConsumedLabel"), ChartPalette::blue(), legend);
    m_proposedLabel = addLegendEntry(QStringLiteral("gaugeProposedLabel"), ChartPalette::orange(), legend);
    m_remainingLabel = addLegendEntry(QStringLiteral("gaugeRemainingLabel"), ChartPalette::skyBlue(), legend);
    m_overspendLabel = addLegendEntry(QStringLiteral("gaugeOverspendLabel"), ChartPalette::vermillion(), legend);
    m_envelopeLabel = addLegendEntry(QStringLiteral("gaugeEnvelopeLabel"), QColor(), legend);
    legend->addStretch(1);

    // Only the weight is set: the size follows the gauge's (session mode scales it).
    QFont bold;
    bold.setBold(true);
    m_overspendLabel->setFont(bold);
    QPalette overspendPalette = m_overspendLabel->palette();
    overspendPalette.setColor(QPalette::WindowText, ChartPalette::vermillion().darker(120));
    m_overspendLabel->setPalette(overspendPalette);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(legend);
    layout->addStretch(1);
    // As tall as the text, bar and legend need: a page's spare height goes to its table.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateTexts();
}

void EnvelopeGaugeBar::setGauge(const EnvelopeGauge &gauge)
{
    m_gauge = gauge;
    updateTexts();
    update();
}

void EnvelopeGaugeBar::setCompact(bool compact)
{
    m_compact = compact;
    updateTexts();
    update();
}

Money EnvelopeGaugeBar::scale() const
{
    return std::max(m_gauge.envelope(), m_gauge.consumed() + m_gauge.proposed());
}

QList<EnvelopeGaugeBar::Segment> EnvelopeGaugeBar::segments() const
{
    return {
        {m_gauge.consumedWithinEnvelope(), m_gauge.consumed(), ChartPalette::blue()},
        {m_gauge.proposedWithinEnvelope(), m_gauge.proposed(), ChartPalette::orange()},
        {m_gauge.remaining(), m_gauge.remaining(), ChartPalette::skyBlue()},
        {m_gauge.overspend(), m_gauge.overspend(), ChartPalette::vermillion()},
    };
}

QString EnvelopeGaugeBar::summary() const
{
    QString text = tr("Envelope: %1. Consumed: %2. Proposed: %3. Remaining: %4.")
                       .arg(m_gauge.envelope().toString(), m_gauge.consumed().toString(), m_gauge.proposed().toString(),
                            m_gauge.remaining().toString());
    if (m_gauge.isOverspent())
        text += QLatin1Char(' ') + m_gauge.overspendText() + QLatin1Char('.');
    return text;
}

QSize EnvelopeGaugeBar::sizeHint() const
{
    // The layout's top margin keeps the room of the text line and the bar above the legend.
    const QSize laidOut = layout()->sizeHint();
    return QSize(std::max(640, laidOut.width()), laidOut.height());
}

QSize EnvelopeGaugeBar::minimumSizeHint() const
{
    return QSize(240, sizeHint().height());
}

void EnvelopeGaugeBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QMargins margins = layout()->contentsMargins();
    const int left = margins.left();
    const int barWidth = std::max(1, width() - margins.left() - margins.right());
    const QRect bar(left, barTop(), barWidth, barHeight());

    if (scale().isZero()) {
        // No envelope yet: an empty frame rather than nothing, so the page keeps its shape.
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRect(bar.adjusted(0, 0, -1, -1));
        return;
    }

    // The segments, each with its amount written inside when it fits.
    Money start;
    for (const Segment &segment : segments()) {
        if (segment.amount.isZero())
            continue;
        const int x0 = left + xFor(start, barWidth);
        start += segment.amount;
        const int x1 = left + xFor(start, barWidth);
        const QRect rect(x0, bar.top(), std::max(1, x1 - x0), bar.height());
        painter.fillRect(rect, segment.colour);
        const QString amount = segment.shown.toString();
        if (painter.fontMetrics().horizontalAdvance(amount) + 12 <= rect.width()) {
            painter.setPen(textColourOn(segment.colour));
            painter.drawText(rect, Qt::AlignCenter, amount);
        }
    }
    painter.setPen(QPen(palette().color(QPalette::Dark), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5));

    // The envelope's mark, past the bar's edges so it stays visible between two segments.
    const int markX = left + xFor(m_gauge.envelope(), barWidth);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 3));
    painter.drawLine(markX, bar.top() - 6, markX, bar.bottom() + 4);

    if (m_compact)
        return;
    // Above the bar: the envelope left of its mark and the overspend right of it, never over each other.
    const QFontMetrics metrics = painter.fontMetrics();
    const int textBaseline = bar.top() - 10 - metrics.descent();
    int envelopeRight = markX - 6;
    if (m_gauge.isOverspent()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const QString overspend = m_gauge.overspendText();
        const int textWidth = painter.fontMetrics().horizontalAdvance(overspend);
        const int x = std::max(left, std::min(markX + 6, left + barWidth - textWidth));
        painter.setPen(ChartPalette::vermillion().darker(120));
        painter.drawText(x, textBaseline, overspend);
        envelopeRight = std::min(envelopeRight, x - 12);
        painter.setFont(font());
    }
    const QString envelope = tr("Envelope %1").arg(m_gauge.envelope().toString());
    const int envelopeX = std::max(left, envelopeRight - metrics.horizontalAdvance(envelope));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(envelopeX, textBaseline, envelope);
}

void EnvelopeGaugeBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The constructor sets the font before the legend exists.
    if (event->type() == QEvent::FontChange && m_overspendLabel)
        updateTexts();
}

void EnvelopeGaugeBar::updateTexts()
{
    m_consumedLabel->setText(tr("Consumed: %1").arg(m_gauge.consumed().toString()));
    m_proposedLabel->setText(tr("Proposed: %1").arg(m_gauge.proposed().toString()));
    m_remainingLabel->setText(tr("Remaining: %1").arg(m_gauge.remaining().toString()));
    m_envelopeLabel->setText(tr("Envelope: %1").arg(m_gauge.envelope().toString()));
    m_overspendLabel->setText(m_gauge.overspendText());
    m_overspendLabel->parentWidget()->setVisible(m_gauge.isOverspent());

    const QString text = summary();
    setToolTip(text);
    setAccessibleName(tr("Envelope gauge. %1").arg(text));
    setAccessibleDescription(text);

    // Room above the legend for the text line and the bar, which paintEvent draws.
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->setContentsMargins(4, barTop() + barHeight() + 8, 4, 2);
    updateGeometry();
}

int EnvelopeGaugeBar::barTop() const
{
    // Compact: only the room of the envelope's mark, which passes the bar's top by 6 pixels.
    return m_compact ? 8 : fontMetrics().height() + 14;
}

int EnvelopeGaugeBar::barHeight() const
{
    // Compact: still as tall as a line of text, so the amounts written on it stay whole.
    return m_compact ? fontMetrics().height() + 10 : std::max(30, fontMetrics().height() * 2);
}

int EnvelopeGaugeBar::xFor(Money amount, int barWidth) const
{
    const Money full = scale();
    if (full.isZero())
        return 0;
    // Cents times pixels stays far inside 64 bits (amounts are below 10^14 cents, widths below 10^5).
    return int(amount.cents() * barWidth / full.cents());
}

QLabel *EnvelopeGaugeBar::addLegendEntry(const QString &objectName, const QColor &colour, QLayout *layout)
{
    auto *entry = new QWidget(this);
    auto *entryLayout = new QHBoxLayout(entry);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->setSpacing(6);
    const int side = fontMetrics().height() - 2;
    auto *swatch = new QLabel(entry);
    QPixmap pixmap(side, side);
    if (colour.isValid()) {
        pixmap.fill(colour);
    } else {
        // The envelope is drawn as a line, so its legend is a line too.
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.fillRect(QRect(side / 2 - 1, 0, 3, side), palette().color(QPalette::WindowText));
    }
    swatch->setPixmap(pixmap);
    auto *label = new QLabel(entry);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    entryLayout->addWidget(swatch);
    entryLayout->addWidget(label);
    layout->addWidget(entry);
    return label;
}
