#include "Clock.h"

// Out of line, so that the vtable has one home.
Clock::~Clock() = default;
