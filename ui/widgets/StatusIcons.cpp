#include "widgets/StatusIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

QIcon StatusIcons::lockIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        // The shackle, then the body over its feet.
        QPen shackle(QColor(0x55, 0x55, 0x55), 1.6 * unit);
        painter.setPen(shackle);
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(4.5 * unit, 1.5 * unit, 7 * unit, 8 * unit), 0, 180 * 16);
        painter.drawLine(QPointF(4.5 * unit, 5.5 * unit), QPointF(4.5 * unit, 7.5 * unit));
        painter.drawLine(QPointF(11.5 * unit, 5.5 * unit), QPointF(11.5 * unit, 7.5 * unit));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xb0, 0x7d, 0x10));
        painter.drawRoundedRect(QRectF(2.5 * unit, 7 * unit, 11 * unit, 8 * unit), 1.5 * unit, 1.5 * unit);
        painter.setBrush(QColor(0x40, 0x2c, 0x00));
        painter.drawEllipse(QPointF(8 * unit, 10.5 * unit), 1.2 * unit, 1.2 * unit);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon StatusIcons::openIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1e, 0x8e, 0x3e));
        painter.drawEllipse(QPointF(8 * unit, 8 * unit), 4.5 * unit, 4.5 * unit);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
