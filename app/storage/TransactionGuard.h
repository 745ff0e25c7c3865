#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// A scope guard around one transaction: begun on construction, rolled back on destruction unless
// commit() succeeded. Every multi-row write goes through one, so nothing is ever half-written. A storage
// fault (a full disk, an I/O error, a lock held by another program) is refused in its own words (StorageError).
class TransactionGuard
{
    Q_DECLARE_TR_FUNCTIONS(TransactionGuard)

public:
    explicit TransactionGuard(QSqlDatabase database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // False when the transaction could not begin; every write must then be refused.
    bool isActive() const { return m_active; }
    QString beginError() const { return m_beginError; }
    Outcome commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
    bool m_committed = false;
    QString m_beginError;
};
