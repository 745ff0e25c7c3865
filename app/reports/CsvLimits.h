#pragma once

#include <QtGlobal>

// How much an import reads at most. A committee's call never comes near (a few hundred candidates, a
// few thousand notes); the limits are there so that a wrong file (a disk image, /dev/zero, a log that
// keeps growing) is refused at once instead of filling the memory until the process is killed.
struct CsvLimits
{
    // 64 MiB: stated in the refusal, checked on the file's size before any byte is read.
    qint64 maxBytes = qint64(64) * 1024 * 1024;
    // Records, the header included, counted while parsing: parsing stops at the first one over.
    int maxRecords = 1000000;
};
