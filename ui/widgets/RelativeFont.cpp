#include "widgets/RelativeFont.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>

RelativeFont::RelativeFont(QWidget *widget, qreal pointDelta, bool bold)
    : QObject(widget), m_widget(widget), m_pointDelta(pointDelta), m_bold(bold)
{}

void RelativeFont::follow(QWidget *widget, qreal pointDelta, bool bold)
{
    auto *follower = new RelativeFont(widget, pointDelta, bold);
    // The parent's font changes come to the parent; a reparenting comes to the widget.
    widget->installEventFilter(follower);
    if (QWidget *parent = widget->parentWidget())
        parent->installEventFilter(follower);
    follower->apply();
}

bool RelativeFont::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::ParentChange) {
        if (QWidget *parent = m_widget->parentWidget())
            parent->installEventFilter(this);
        apply();
    } else if (watched != m_widget && watched == m_widget->parentWidget() && event->type() == QEvent::FontChange) {
        apply();
    }
    return QObject::eventFilter(watched, event);
}

void RelativeFont::apply()
{
    QFont font = m_widget->parentWidget() ? m_widget->parentWidget()->font() : QApplication::font();
    const qreal application = QApplication::font().pointSizeF();
    const qreal scale = application > 0 ? font.pointSizeF() / application : 1.0;
    font.setPointSizeF((std::max(application, 10.0) + m_pointDelta) * scale);
    if (m_bold)
        font.setBold(true);
    m_widget->setFont(font);
}
