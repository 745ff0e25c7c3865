#include "dashboard/ChartLegend.h"

#include "dashboard/FlowLayout.h"
#include "widgets/RelativeFont.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QPen>
#include <QPieLegendMarker>
#include <QPieSlice>
#include <QPixmap>
#include <QXYLegendMarker>
#include <QXYSeries>

ChartLegend::ChartLegend(QWidget *parent) : QWidget(parent), m_flow(new FlowLayout(this))
{
    setObjectName(QStringLiteral("chartLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    hide();
}

void ChartLegend::showMarkersOf(QChart *chart)
{
    clear();
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        // Every marker: they all report hidden, Qt's legend being hidden.
        if (marker->label().isEmpty())
            continue;
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker)) {
            addEntry(marker->label(), bar->barset()->color(), Qt::NoPen);
        } else if (auto *pie = qobject_cast<QPieLegendMarker *>(marker)) {
            addEntry(marker->label(), pie->slice()->color(), Qt::NoPen);
        } else if (auto *xy = qobject_cast<QXYLegendMarker *>(marker)) {
            const QPen pen = xy->series()->pen();
            addEntry(marker->label(), pen.color(), pen.style() == Qt::NoPen ? Qt::SolidLine : pen.style());
        } else {
            addEntry(marker->label(), marker->brush().color(), Qt::NoPen);
        }
    }
    setVisible(!m_entries.isEmpty());
    updateGeometry();
}

QStringList ChartLegend::texts() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        result.append(entry.text->text());
    return result;
}

void ChartLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The swatches are drawn at the text's size.
    if (event->type() == QEvent::FontChange) {
        for (const Entry &entry : std::as_const(m_entries))
            drawSwatch(entry);
    }
}

void ChartLegend::addEntry(const QString &text, const QColor &colour, Qt::PenStyle lineStyle)
{
    auto *item = new QWidget(this);
    auto *row = new QHBoxLayout(item);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    Entry entry{new QLabel(item), new QLabel(text, item), colour, lineStyle};
    entry.text->setObjectName(QStringLiteral("legendEntryLabel"));
    entry.text->setTextFormat(Qt::PlainText);
    RelativeFont::follow(entry.text, 0);
    row->addWidget(entry.swatch);
    row->addWidget(entry.text);
    m_flow->addWidget(item);
    m_entries.append(entry);
    drawSwatch(entry);
}

void ChartLegend::clear()
{
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_entries.clear();
}

void ChartLegend::drawSwatch(const Entry &entry) const
{
    const int side = std::max(10, fontMetrics().height() * 2 / 3);
    const int width = entry.lineStyle == Qt::NoPen ? side : side * 2;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(width, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (entry.lineStyle == Qt::NoPen) {
        painter.fillRect(QRectF(0, 0, side, side), entry.colour);
    } else {
        QPen pen(entry.colour, std::max(2.5, side / 5.0), entry.lineStyle, Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(0, side / 2.0), QPointF(width, side / 2.0));
    }
    painter.end();
    entry.swatch->setPixmap(pixmap);
    entry.swatch->setFixedSize(width, side);
}
