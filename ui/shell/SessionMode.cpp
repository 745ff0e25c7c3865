#include "shell/SessionMode.h"

#include "session/HearingClock.h"
#include "shell/DatabaseSession.h"
#include "shell/ShellAction.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSignalBlocker>

SessionMode::SessionMode(DatabaseSession &session, QMainWindow *window)
    : QObject(window), m_window(window),
      m_action(ShellAction::make(window, QCoreApplication::translate("MainWindow", "&Session Mode (large text)"),
                                 "sessionModeAction", QKeySequence(Qt::Key_F8))),
      m_clock(new HearingClock(session))
{
    m_action->setCheckable(true);
    connect(m_action, &QAction::toggled, this, &SessionMode::setOn);
    m_clock->hide();
    // A session belongs to the database it was started on: another one opens in normal mode.
    connect(&session, &DatabaseSession::aboutToReplace, this, [this] { setOn(false); });
    qApp->installEventFilter(this);
}

bool SessionMode::eventFilter(QObject *watched, QEvent *event)
{
    // Shown too: a page built in session mode may polish its headers before it joins the window.
    if ((event->type() == QEvent::Polish || event->type() == QEvent::Show) && m_on) {
        if (auto *header = qobject_cast<QHeaderView *>(watched); header && m_window->isAncestorOf(header))
            scaleHeader(header);
    }
    return QObject::eventFilter(watched, event);
}

void SessionMode::scaleHeader(QHeaderView *header) const
{
    if (!m_on) {
        // Back to the header's own class font (an empty font would take the table's).
        header->setFont(QApplication::font(header));
        return;
    }
    QFont font = QApplication::font(header);
    font.setPointSizeF(font.pointSizeF() * projectorScale);
    header->setFont(font);
}

QFont SessionMode::baseFont() const
{
    QFont base = QApplication::font();
    if (m_on)
        base.setPointSizeF(base.pointSizeF() * projectorScale);
    return base;
}

void SessionMode::setOn(bool on)
{
    const bool wasOn = m_on;
    m_on = on;
    {
        const QSignalBlocker blocker(m_action);
        m_action->setChecked(on);
    }
    const QFont base = baseFont();
    if (QWidget *central = m_window->centralWidget())
        central->setFont(base);
    m_clock->setBaseFont(base);
    const QList<QHeaderView *> headers = m_window->findChildren<QHeaderView *>();
    for (QHeaderView *header : headers)
        scaleHeader(header);
    m_clock->setVisible(on);
    emit changed(on, wasOn, base);
}

void SessionMode::setPromotion(int number)
{
    m_clock->setPromotion(number);
}
