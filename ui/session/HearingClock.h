#pragma once

#include "domain/PitchTimer.h"
#include "domain/RunningOrder.h"

#include <QFrame>
#include <QHash>

class Clock;
class DatabaseSession;
class QAction;
class QLabel;
class QTimer;
class QToolButton;
class RunningOrderDialog;

// The oral hearings' clock, shown above the tabs in session mode: the time of day in large figures, the
// candidate being heard (n / total and name) and the pitch timer of that candidate, counting down the
// presentation then the questions (PitchTimer), the last minute of each shown quietly, overtime counted
// up. It goes through the ranking's order or the running order the secretariat set (RunningOrderDialog),
// kept in the settings per database file and promotion, never in the database. Start/pause (F5), next
// (F6) and previous (Shift+F6) work from the keyboard anywhere in the window. Time comes from a Clock,
// read on each tick of a timer, so that a test drives it from a TestClock without waiting.
class HearingClock : public QFrame
{
    Q_OBJECT

public:
    explicit HearingClock(DatabaseSession &session, QWidget *parent = nullptr);
    ~HearingClock() override;

    // The clock the time is read from (the system's by default); it must outlive this widget.
    void setClock(const Clock &clock);
    void setPromotion(int number);
    void setBaseFont(const QFont &base);

    const PitchTimer &timer() const { return m_timer; }
    const RunningOrder &order() const { return m_order; }
    // The candidate being heard (0: none) and its name.
    qint64 currentCandidate() const { return m_order.current(); }
    QString currentName() const;

    void startOrPause();
    // Moves to the next (previous) candidate with the timer back at zero, paused; false at the end.
    bool next();
    bool previous();
    // Sets the running order (an empty list: the ranking's) and keeps it for this database and promotion.
    void setRunningOrder(const QList<qint64> &order);
    void setLengths(int presentationMinutes, int questionsMinutes);
    // The dialog that reorders the candidates and sets the lengths (window-modal, deleted on close).
    RunningOrderDialog *openOrderDialog();

    // Reads the clock and shows the time; the timer calls it four times a second while shown.
    void tick();

    QLabel *clockLabel() const { return m_clockLabel; }
    QLabel *candidateLabel() const { return m_candidateLabel; }
    QLabel *stageLabel() const { return m_stageLabel; }
    QLabel *timerLabel() const { return m_timerLabel; }
    // True while the timer is drawn in its quiet last-minute style.
    bool isWarningShown() const { return m_warningShown; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void reloadOrder();
    QString settingsKey() const;
    QList<qint64> rankingOrder() const;

    DatabaseSession &m_session;
    const Clock *m_clock;
    int m_promotionNumber = 0;
    PitchTimer m_timer;
    RunningOrder m_order;
    QHash<qint64, QString> m_names;
    bool m_warningShown = false;

    QTimer *m_ticker;
    QLabel *m_clockLabel;
    QLabel *m_candidateLabel;
    QLabel *m_stageLabel;
    QLabel *m_timerLabel;
    QAction *m_startPauseAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QAction *m_orderAction;
};
