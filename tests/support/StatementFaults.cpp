#include "StatementFaults.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

StatementFaults::StatementFaults(const QSqlDatabase &connection, Counted counted) : m_counted(counted)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        return;
    sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementFaults::onTrace, this);
    // Called at every step of a statement's program (and at least once per statement, when it returns):
    // the first call after the n-th statement started interrupts it.
    sqlite3_progress_handler(m_handle, 1, &StatementFaults::onProgress, this);
}

StatementFaults::~StatementFaults()
{
    if (!m_handle)
        return;
    sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

void StatementFaults::arm(int n)
{
    m_armed = true;
    m_fragment.clear();
    m_target = n;
    m_count = 0;
    m_failNext = false;
    m_failed = false;
    m_failedStatement.clear();
}

void StatementFaults::failEvery(const QString &fragment)
{
    arm(0);
    m_fragment = fragment;
}

void StatementFaults::disarm()
{
    m_fragment.clear();
    m_armed = false;
    m_failNext = false;
}

int StatementFaults::onTrace(unsigned type, void *context, void *statement, void *sql)
{
    Q_UNUSED(statement)
    auto *self = static_cast<StatementFaults *>(context);
    if (type != SQLITE_TRACE_STMT || !self->m_armed)
        return 0;
    self->m_failNext = false;
    const QString text = QString::fromUtf8(static_cast<const char *>(sql)).trimmed();
    // A trigger's statements are traced as "-- ..." comments: they belong to the statement counted.
    if (text.startsWith(QLatin1String("--")))
        return 0;
    const QString keyword = text.section(QLatin1Char(' '), 0, 0).toUpper();
    if (keyword == QLatin1String("BEGIN") || keyword == QLatin1String("COMMIT") || keyword == QLatin1String("END") ||
        keyword == QLatin1String("ROLLBACK") || keyword == QLatin1String("SAVEPOINT") ||
        keyword == QLatin1String("RELEASE"))
        return 0;
    const bool changesRows = keyword == QLatin1String("INSERT") || keyword == QLatin1String("UPDATE") ||
                             keyword == QLatin1String("DELETE") || keyword == QLatin1String("REPLACE");
    const bool reads = keyword == QLatin1String("SELECT") || keyword == QLatin1String("WITH");
    if ((self->m_counted == Counted::RowChanges && !changesRows) || (self->m_counted == Counted::Reads && !reads))
        return 0;
    ++self->m_count;
    if (!self->m_fragment.isEmpty() ? text.contains(self->m_fragment) : self->m_count == self->m_target) {
        self->m_failNext = true;
        self->m_pendingStatement = text;
    }
    return 0;
}

int StatementFaults::onProgress(void *context)
{
    auto *self = static_cast<StatementFaults *>(context);
    if (!self->m_failNext)
        return 0;
    self->m_failNext = false;
    self->m_failed = true;
    self->m_failedStatement = self->m_pendingStatement;
    return 1;
}
