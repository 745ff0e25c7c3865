#include "QueryCounter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

QueryCounter::QueryCounter(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_handle && sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &QueryCounter::traced, this) != SQLITE_OK)
        m_handle = nullptr;
}

QueryCounter::~QueryCounter()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

int QueryCounter::traced(unsigned type, void *context, void *statement, void *text)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    // A trigger's statements come as "-- <its SQL>": the code did not ask for them.
    const char *sql = static_cast<const char *>(text);
    if (sql && qstrncmp(sql, "--", 2) == 0)
        return 0;
    auto *counter = static_cast<QueryCounter *>(context);
    counter->m_statements.append(QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))));
    return 0;
}

int QueryCounter::count(const QString &fragment) const
{
    int found = 0;
    for (const QString &statement : m_statements)
        found += statement.contains(fragment) ? 1 : 0;
    return found;
}

int QueryCounter::countBetween(const QString &fragment, const QString &from, const QString &to) const
{
    int found = 0;
    bool inside = from.isEmpty();
    for (const QString &statement : m_statements) {
        if (!inside) {
            inside = statement.startsWith(from);
            continue;
        }
        if (!to.isEmpty() && statement.startsWith(to))
            break;
        found += statement.contains(fragment) ? 1 : 0;
    }
    return found;
}
