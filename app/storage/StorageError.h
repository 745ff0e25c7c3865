#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// The one place where a failed SQLite statement or transaction becomes words for the user. A fault of the
// storage itself (full disk, input/output error, read-only file, a lock held by another program, damage)
// is said as what it is, on its own: it is not about the row being written, and what the user must do is
// the same whatever was written. Any other failure (a constraint, a statement the schema refuses) keeps
// the caller's wording, which names the row. On a PostgreSQL server, a connection lost (the server stopped or
// restarted, the network gone) is a kind of its own: the write was not confirmed and may be sent again once
// the connection is back, which a refusal may not.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    // PermissionDenied: a server refused the write to the login's role (ServerRefusal words it).
    enum class Kind { Other, DiskFull, InputOutput, ReadOnly, Locked, Corrupt, PermissionDenied, ConnectionLost };

    // The kind of error. QPSQL gives the SQLSTATE (five characters) as nativeErrorCode(): class 08 and
    // 57P01–57P03 (the server shutting down or starting) are a lost connection, as are libpq's own words when
    // it has no SQLSTATE to give ("server closed the connection unexpectedly", "no connection to the server").
    // QSQLITE gives SQLite's extended result code as nativeErrorCode(); its low byte is
    // the primary code. Where Qt drops the code (its own COMMIT), SQLite's English text decides. An
    // input/output error on a database whose disk has almost no space left is a full disk: SQLite reports
    // the failure to grow its shared-memory file (-shm) as an I/O error, not as SQLITE_FULL.
    static Kind kind(const QSqlError &error, const QSqlDatabase &database = QSqlDatabase());
    // The words for a storage fault; empty for Kind::Other.
    static QString faultMessage(Kind kind);
    // For a failed write: the storage fault in words when it is one, else refusal (the caller's message,
    // worded with the driver's text).
    static QString message(const QSqlError &error, const QSqlDatabase &database, const QString &refusal);
    // The fault in words, else the driver's text.
    static QString describe(const QSqlError &error, const QSqlDatabase &database = QSqlDatabase());
    // For a failed read of the repositories: what was being read (the caller's words, "the candidates of
    // the promotion") and why. A read that fails is never answered as "nothing there": a write that took it
    // for an answer would write over what it could not see (a year's budget, a promotion's criteria).
    static QString readMessage(const QSqlError &error, const QSqlDatabase &database, const QString &what);

    // Below this many free bytes on the database's disk an I/O error is a full disk: SQLite needs 32 KiB
    // for its shared memory and a few pages of journal for the smallest write.
    static constexpr qint64 nearlyFullBytes = 1024 * 1024;
};
