#include "PitchTimer.h"

#include <algorithm>

PitchTimer::PitchTimer(qint64 presentationMs, qint64 questionsMs)
    : m_presentation(std::max<qint64>(presentationMs, 0)), m_questions(std::max<qint64>(questionsMs, 0))
{}

void PitchTimer::setLengths(qint64 presentationMs, qint64 questionsMs)
{
    m_presentation = std::max<qint64>(presentationMs, 0);
    m_questions = std::max<qint64>(questionsMs, 0);
}

void PitchTimer::start(const QDateTime &now)
{
    if (!isRunning())
        m_runningSince = now;
}

void PitchTimer::pause(const QDateTime &now)
{
    if (!isRunning())
        return;
    m_banked = elapsed(now);
    m_runningSince = QDateTime();
}

void PitchTimer::reset()
{
    m_banked = 0;
    m_runningSince = QDateTime();
}

qint64 PitchTimer::elapsed(const QDateTime &now) const
{
    if (!isRunning())
        return m_banked;
    // A clock set back (a test, a corrected system time) never makes the hearing run backwards.
    return m_banked + std::max<qint64>(m_runningSince.msecsTo(now), 0);
}

PitchTimer::Stage PitchTimer::stage(qint64 elapsedMs) const
{
    if (elapsedMs < m_presentation)
        return Stage::Presentation;
    if (elapsedMs < m_presentation + m_questions)
        return Stage::Questions;
    return Stage::Overtime;
}

bool PitchTimer::isWarning(qint64 elapsedMs) const
{
    const Stage current = stage(elapsedMs);
    return current != Stage::Overtime && remaining(elapsedMs) <= warningLength;
}

qint64 PitchTimer::remaining(qint64 elapsedMs) const
{
    switch (stage(elapsedMs)) {
    case Stage::Presentation:
        return m_presentation - elapsedMs;
    case Stage::Questions:
        return m_presentation + m_questions - elapsedMs;
    case Stage::Overtime:
        break;
    }
    return 0;
}

qint64 PitchTimer::overtime(qint64 elapsedMs) const
{
    return std::max<qint64>(elapsedMs - m_presentation - m_questions, 0);
}

QString PitchTimer::format(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(milliseconds, 0) / 1000;
    const auto two = [](qint64 value) {
        return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
    };
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(two(seconds / 3600), two(seconds / 60 % 60), two(seconds % 60));
    return QStringLiteral("%1:%2").arg(two(seconds / 60), two(seconds % 60));
}
