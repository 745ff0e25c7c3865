#pragma once

#include "Clock.h"

// The computer's clock: what every store uses unless a test sets another one.
class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override;

    // One for the whole program: it holds no state.
    static const SystemClock &instance();
};
