#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The bytes of a file handed to an import, read only when they can be read safely: anything but a
// regular file (a named pipe, a device such as /dev/zero, a folder, a socket) is refused before a byte is
// read, since reading it could block forever or never end; so is a file larger than the limit, on its
// size. The read itself is bounded too (at most the limit plus one byte), for a file that grows while it
// is read. The error is the reason alone, without the path: the caller locates it.
class CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvFile)

public:
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);

    // "64 MiB" for a whole number of mebibytes, else the bytes: how a limit is stated to users.
    static QString describeSize(qint64 bytes);
    // Why a file of size bytes is refused: its size and the limit, both stated.
    static QString tooLarge(qint64 size, qint64 maxBytes);
};
