#include "TestClock.h"

TestClock::TestClock() : m_now(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC)
{}
