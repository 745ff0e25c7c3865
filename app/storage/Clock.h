#pragma once

#include <QDateTime>

// Where the stores take the time of their audit rows from. The application runs on SystemClock; the tests
// set their own (TestClock) through Database::setClock, so that an audit row's moment can be asserted
// exactly rather than within a margin.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock();
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    // The current moment, in UTC.
    virtual QDateTime nowUtc() const = 0;
};
