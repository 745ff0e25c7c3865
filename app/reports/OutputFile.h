#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The one way the application writes a file for its user (CSV and PDF exports, chart images): every
// output goes through write(), so that none can destroy the committee's data.
// - The open database and its journals ("-wal", "-shm", "-journal", see OpenDatabaseFiles) are refused,
//   compared by device and inode (a hard link or a symbolic link to them is the same file) and, for a
//   journal that does not exist yet, by canonical folder and name.
// - Anything that exists and is not a regular file (folder, named pipe, device, socket) is refused: the
//   atomic replacement would turn a device node into a plain file.
// - The bytes go to a QSaveFile's temporary file, every write and the commit are checked, and on any
//   failure the previous file stays byte for byte what it was; the message says why in plain words
//   ("the disk is full") and names the file first: "Cannot write /x/laureats.pdf: the disk is full; the
//   previous file was kept."
// Outputs are rendered in memory first (a PDF or a chart is a few hundred kilobytes at most), so that
// rendering errors and disk errors are told apart and the disk sees one checked write path.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // Writes bytes to path atomically: the file is the complete bytes, or left as it was.
    static Outcome write(const QString &path, const QByteArray &bytes);
    // Whether path may be written at all (the refusals above, without writing anything).
    static Outcome checkTarget(const QString &path);

    // The plain words for an errno value ("the disk is full"), or fallback for the others.
    static QString reason(int error, const QString &fallback);
    // The file as messages name it: absolute, with the platform's separators.
    static QString shownPath(const QString &path);
};
