#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// The audit_log table. Rows are only ever appended; append() reuses one prepared statement, since an
// import writes one row per candidate.
class AuditLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogRepository)

public:
    explicit AuditLogRepository(QSqlDatabase database);

    Outcome append(const AuditEntry &entry);
    // Newest first; every promotion's (and the years') when promotionNumber is empty.
    QList<AuditEntry> entries(std::optional<int> promotionNumber) const;

private:
    QSqlDatabase m_database;
    QSqlQuery m_append;
    bool m_appendPrepared = false;
    // The values of the previous row still bound to m_append (all but subject and new value).
    bool m_contextBound = false;
    QDateTime m_lastAt;
    QString m_lastOperator;
    int m_lastPromotionNumber = 0;
    QString m_lastAction;
    QString m_lastOldValue;
};
