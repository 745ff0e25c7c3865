#pragma once

#include <QtGlobal>

struct sqlite3_vfs;

// An SQLite VFS that wraps the default "unix" one and makes chosen writes fail, as a full or failing
// disk would: the n-th xWrite from the moment it is armed (or that one and every later one), and, when
// asked, xSync and xTruncate counted with the writes. It becomes the default VFS for as long as the object
// lives, so every connection opened meanwhile (Qt's QSQLITE links the same libsqlite3) goes through it;
// connections opened before keep the plain VFS. One at a time.
class FaultInjectingVfs
{
public:
    enum class Fault { DiskFull, InputOutput };
    enum Operation { Write = 0x1, Sync = 0x2, Truncate = 0x4 };
    Q_DECLARE_FLAGS(Operations, Operation)

    FaultInjectingVfs();
    ~FaultInjectingVfs();
    FaultInjectingVfs(const FaultInjectingVfs &) = delete;
    FaultInjectingVfs &operator=(const FaultInjectingVfs &) = delete;

    // False when SQLite has no "unix" VFS to wrap or refused the registration.
    bool isRegistered() const;

    // From now on, the n-th (1-based) counted operation fails with fault, and with everyAfter every
    // later one too; the counters start again at zero.
    void arm(int n, Fault fault, Operations counted = Write, bool everyAfter = false);
    // Nothing fails any more; the counters stay readable.
    void disarm();
    // Counted operations since arm(), failed or not.
    int operationCount() const;
    // Operations made to fail since arm().
    int failureCount() const;

private:
    sqlite3_vfs *m_previousDefault = nullptr;
    bool m_registered = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FaultInjectingVfs::Operations)
