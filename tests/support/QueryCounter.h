#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

// Counts the SQL statements a connection runs, to check that a change reads each part of a promotion
// only as often as it must. It traces the connection's SQLite handle (QSqlDriver::handle(): Qt's QSQLITE
// links the same libsqlite3 as the tests) with sqlite3_trace_v2, from construction to destruction; the
// statements that triggers run are left out, only the ones the code asked for are kept. One counter per
// connection at a time: the trace hook is the connection's only one.
class QueryCounter
{
public:
    explicit QueryCounter(const QSqlDatabase &database);
    ~QueryCounter();
    QueryCounter(const QueryCounter &) = delete;
    QueryCounter &operator=(const QueryCounter &) = delete;

    // False when the connection is not an SQLite one (nothing is counted then).
    bool isTracing() const { return m_handle != nullptr; }
    // Forgets what was counted; counting goes on.
    void reset() { m_statements.clear(); }
    // Every statement run since construction or reset(), in order, as prepared: values bound later are
    // not in the text, and Qt has named its placeholders (:0, :1...) where the code wrote "?".
    const QStringList &statements() const { return m_statements; }
    // How many of them contain the fragment (case-sensitive, as the repositories write their SQL).
    int count(const QString &fragment) const;
    // The same, among the statements from the first one that starts with `from` up to and including the
    // first later one that starts with `to`, both left out (for example one transaction, "BEGIN" to
    // "COMMIT"); an empty `from` counts from the first statement, an empty `to` up to the last.
    int countBetween(const QString &fragment, const QString &from, const QString &to) const;

private:
    static int traced(unsigned type, void *context, void *statement, void *text);

    sqlite3 *m_handle = nullptr;
    QStringList m_statements;
};
