#include "widgets/StatusIcons.h"

#include "widgets/Palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

// One icon at every size the sidebar and menus ask for, drawn by draw(painter, unit) on a 16-unit square.
template <typename Draw> QIcon drawnIcon(Draw draw)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter, size / 16.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon StatusIcons::lockIcon()
{
    return drawnIcon([](QPainter &painter, qreal unit) {
        // The shackle, then the body over its feet.
        QPen shackle(Palette::secondaryText(), 1.6 * unit);
        painter.setPen(shackle);
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(4.5 * unit, 1.5 * unit, 7 * unit, 8 * unit), 0, 180 * 16);
        painter.drawLine(QPointF(4.5 * unit, 5.5 * unit), QPointF(4.5 * unit, 7.5 * unit));
        painter.drawLine(QPointF(11.5 * unit, 5.5 * unit), QPointF(11.5 * unit, 7.5 * unit));
        painter.setPen(Qt::NoPen);
        painter.setBrush(Palette::lockBody());
        painter.drawRoundedRect(QRectF(2.5 * unit, 7 * unit, 11 * unit, 8 * unit), 1.5 * unit, 1.5 * unit);
        painter.setBrush(Palette::lockKeyhole());
        painter.drawEllipse(QPointF(8 * unit, 10.5 * unit), 1.2 * unit, 1.2 * unit);
    });
}

QIcon StatusIcons::openIcon()
{
    return drawnIcon([](QPainter &painter, qreal unit) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Palette::openMark());
        painter.drawEllipse(QPointF(8 * unit, 8 * unit), 4.5 * unit, 4.5 * unit);
    });
}
