#pragma once

#include <QFont>
#include <QObject>

class DatabaseSession;
class HearingClock;
class QAction;
class QHeaderView;
class QMainWindow;

// Session mode, the committee's projector view (View > Session Mode, F8). It belongs to one window and is
// never remembered: another database, or the next start, begins in normal mode with the sidebar shown.
// It is the one source of the text scale: it sets the font of the window's central area, which every page,
// table, header and chart follows (a chart re-reads its fonts on QEvent::FontChange), and says so through
// changed() for the few labels the window gives fonts of their own. In session mode it shows the hearing
// clock above the tabs.
class SessionMode : public QObject
{
    Q_OBJECT

public:
    // Large enough to read from the back of a meeting room on a projector, small enough for 1 280 × 720.
    static constexpr qreal projectorScale = 1.45;

    SessionMode(DatabaseSession &session, QMainWindow *window);

    QAction *action() const { return m_action; }
    HearingClock *hearingClock() const { return m_clock; }
    bool isOn() const { return m_on; }
    qreal scale() const { return m_on ? projectorScale : 1.0; }
    // The central area's font: the application's, scaled.
    QFont baseFont() const;

    void setOn(bool on);
    // The promotion the window shows, whose candidates the hearing clock goes through.
    void setPromotion(int number);

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // After the central area's font changed; wasOn tells a toggle from a repeat.
    void changed(bool on, bool wasOn, const QFont &base);

private:
    // Table headers draw with a font of their own class (QApplication::font("QHeaderView")), which does not
    // follow their parent's: they are scaled one by one, the pages built later when they are polished or shown.
    void scaleHeader(QHeaderView *header) const;

    QMainWindow *m_window;
    QAction *m_action;
    HearingClock *m_clock;
    bool m_on = false;
};
