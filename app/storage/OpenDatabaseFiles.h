#pragma once

#include <QStringList>

// The database files this process has open, so that no output of the application can be written over
// one of them or over their journals: Database::open adds its path once the connection is open and
// Database::close removes it, and OutputFile consults the list before writing anything. It lives in the
// process rather than being passed around so that no caller that writes a file can forget to ask.
// Thread-safe: a database may be opened on one thread while another exports. A path opened twice (two
// Database objects on one file) is listed twice and stays listed until both are closed.
class OpenDatabaseFiles
{
public:
    static void add(const QString &path);
    static void remove(const QString &path);
    // The paths as they were opened, in opening order.
    static QStringList paths();
    // The files SQLite writes beside a database: "-wal", "-shm" and "-journal".
    static QStringList companionSuffixes();
};
