#pragma once

#include "storage/Clock.h"

#include <QDateTime>

// A clock the test sets: Database::setClock(testClock) makes every audit row written through that database
// carry the time set here, so that a suite can assert it exactly. It starts at 2026-12-03 09:30:00.000 UTC.
class TestClock : public Clock
{
public:
    TestClock();

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceMilliseconds(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

private:
    QDateTime m_now;
};
