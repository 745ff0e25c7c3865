#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// Makes the n-th SQL statement run on one connection fail, as a statement refused half-way through a write
// would: each statement that starts is counted (SQLite's statement trace), and the n-th is interrupted at its
// first progress step (SQLITE_INTERRUPT, which Qt reports as an error of that statement). Only the statements
// that change rows are counted (INSERT, UPDATE, DELETE, REPLACE), or only the reads (SELECT, WITH: a write
// must refuse with the read's message rather than take a failed read for "nothing there"), or every one.
// BEGIN, COMMIT, ROLLBACK and SAVEPOINT are never counted: they frame the write (the faults of a commit are
// FaultInjectingVfs's), and failing the rollback would hide what the store left behind. Works on the
// connection's own handle, so only that connection is affected.
class StatementFaults
{
public:
    enum class Counted { RowChanges, Reads, Every };

    explicit StatementFaults(const QSqlDatabase &connection, Counted counted = Counted::RowChanges);
    ~StatementFaults();
    StatementFaults(const StatementFaults &) = delete;
    StatementFaults &operator=(const StatementFaults &) = delete;

    // False when the connection has no SQLite handle to watch.
    bool isInstalled() const { return m_handle != nullptr; }

    // From now on, the n-th (1-based) counted statement fails; the counter starts again at zero. n = 0 only
    // counts.
    void arm(int n);
    // From now on, every counted statement whose text contains fragment fails, until disarm() or arm(): a
    // table that stays unreadable (a lock held by another program, a damaged page) rather than one fault.
    void failEvery(const QString &fragment);
    void disarm();
    // Statements counted since arm().
    int statementCount() const { return m_count; }
    // Whether the n-th statement was reached and made to fail, and its text.
    bool failed() const { return m_failed; }
    QString failedStatement() const { return m_failedStatement; }

private:
    static int onTrace(unsigned type, void *context, void *statement, void *sql);
    static int onProgress(void *context);

    sqlite3 *m_handle = nullptr;
    Counted m_counted;
    bool m_armed = false;
    int m_target = 0;
    int m_count = 0;
    bool m_failNext = false;
    bool m_failed = false;
    QString m_fragment;
    QString m_pendingStatement;
    QString m_failedStatement;
};
