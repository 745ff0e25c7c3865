#include "BatchStatement.h"

BatchStatement::BatchStatement(QSqlDatabase database, qsizetype batchRows, Builder builder)
    : m_database(std::move(database)), m_batchRows(batchRows), m_builder(std::move(builder)), m_full(m_database)
{}

QSqlQuery *BatchStatement::prepared(qsizetype rows, QSqlError *error)
{
    Q_ASSERT(rows >= 1 && rows <= m_batchRows);
    if (rows == m_batchRows && m_fullPrepared)
        return &m_full;
    QSqlQuery *query = &m_full;
    if (rows != m_batchRows) {
        m_last.emplace(m_database);
        query = &*m_last;
    }
    if (!query->prepare(m_builder(rows))) {
        *error = query->lastError();
        return nullptr;
    }
    m_fullPrepared = m_fullPrepared || query == &m_full;
    return query;
}
