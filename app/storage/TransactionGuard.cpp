#include "TransactionGuard.h"

#include "SqlDialect.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

TransactionGuard::TransactionGuard(QSqlDatabase database) : m_database(std::move(database))
{
    if (!m_database.isOpen()) {
        m_beginError = tr("Cannot start a transaction on the database: %1").arg(tr("the database is not open."));
        return;
    }
    // The dialect's statement rather than QSqlDatabase::transaction(), whose plain BEGIN only takes the write
    // lock at the first write; commit() and rollback() end either kind.
    QSqlQuery begin(m_database);
    if (const QString inProgress = SqlDialect::transactionInProgress(m_database); !inProgress.isEmpty()) {
        if (!begin.exec(inProgress)) {
            // The question itself failed (a lost server connection, say): that is why no transaction starts.
            m_beginError = StorageError::message(
                begin.lastError(), m_database,
                tr("Cannot start a transaction on the database: %1").arg(begin.lastError().text()));
            return;
        }
        if (begin.next() && begin.value(0).toBool()) {
            m_beginError = tr("Cannot start a transaction on the database: %1")
                               .arg(tr("a transaction is already in progress on this connection."));
            return;
        }
        begin.finish();
    }
    m_active = begin.exec(SqlDialect::beginWriteTransaction(m_database));
    if (!m_active)
        m_beginError =
            StorageError::message(begin.lastError(), m_database,
                                  tr("Cannot start a transaction on the database: %1").arg(begin.lastError().text()));
}

TransactionGuard::~TransactionGuard()
{
    if (m_active && !m_committed)
        m_database.rollback();
}

Outcome TransactionGuard::commit()
{
    if (!m_active)
        return Outcome::failure(m_beginError);
    if (m_committed)
        return Outcome::success();
    if (!m_database.commit()) {
        const QSqlError error = m_database.lastError();
        // A failed COMMIT leaves the transaction open in SQLite: end it here rather than in the destructor,
        // so that the caller sees a clean connection.
        m_database.rollback();
        m_active = false;
        return Outcome::failure(StorageError::message(
            error, m_database, tr("Cannot save the change to the database: %1").arg(error.text())));
    }
    m_committed = true;
    return Outcome::success();
}
