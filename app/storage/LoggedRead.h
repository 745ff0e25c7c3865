#pragma once

#include "domain/Result.h"

#include <QtGlobal>

// The value a read returned, or T's empty value with the read's message logged: only for the stores'
// convenience reads that a list of the window shows as it stands (CommitteeStore::promotions(), say). A
// write, a snapshot, a report or a command never goes through it: they take the read's Result and refuse.
template <typename T> T loggedRead(const Result<T> &read)
{
    if (read)
        return read.value();
    qWarning("%s", qPrintable(read.error()));
    return T();
}
