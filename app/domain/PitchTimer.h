#pragma once

#include <QDateTime>
#include <QtGlobal>

// The timer of one candidate's oral hearing: a presentation (10 minutes by default) then questions (5
// minutes), then overtime. It is told the moment at each start and pause and asked about a moment, and
// never reads a clock itself, so that the window drives it from its injectable Clock and a test from a
// TestClock, to the millisecond. Each phase's last minute is its warning, shown quietly in the window.
class PitchTimer
{
public:
    enum class Stage { Presentation, Questions, Overtime };

    static constexpr qint64 minute = 60 * 1000;
    static constexpr qint64 warningLength = minute;

    explicit PitchTimer(qint64 presentationMs = 10 * minute, qint64 questionsMs = 5 * minute);

    qint64 presentationLength() const { return m_presentation; }
    qint64 questionsLength() const { return m_questions; }
    // New lengths keep the time already run.
    void setLengths(qint64 presentationMs, qint64 questionsMs);

    void start(const QDateTime &now);
    void pause(const QDateTime &now);
    // Back to zero, paused: the next candidate.
    void reset();
    bool isRunning() const { return m_runningSince.isValid(); }

    // Milliseconds run until now, pauses left out.
    qint64 elapsed(const QDateTime &now) const;
    // The stage at that much run time: questions from the end of the presentation exactly, overtime from
    // the end of the questions.
    Stage stage(qint64 elapsedMs) const;
    // In the last minute of the presentation or of the questions (never in overtime).
    bool isWarning(qint64 elapsedMs) const;
    // What is left of the stage (0 in overtime), and how far past the end overtime is.
    qint64 remaining(qint64 elapsedMs) const;
    qint64 overtime(qint64 elapsedMs) const;

    // "mm:ss" (whole seconds, rounded down; "hh:mm:ss" from an hour).
    static QString format(qint64 milliseconds);

private:
    qint64 m_presentation;
    qint64 m_questions;
    qint64 m_banked = 0; // run time before the current start
    QDateTime m_runningSince;
};
