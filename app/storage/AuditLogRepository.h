#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// The audit_log table. Rows are only ever appended: one by one, or an import's many at once.
class AuditLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogRepository)

public:
    explicit AuditLogRepository(QSqlDatabase database);

    Outcome append(const AuditEntry &entry);
    // Many entries in that order (an import's, one per candidate), up to appendBatchRows rows per
    // statement.
    Outcome appendAll(const QList<AuditEntry> &entries);
    static constexpr qsizetype appendBatchRows = 50;
    // Newest first; every promotion's (and the years') when promotionNumber is empty.
    Result<QList<AuditEntry>> entries(std::optional<int> promotionNumber) const;
    // The newest row about a subject ("FAST14 / Envergo") or one of its fields ("FAST14 / Envergo / …").
    Result<std::optional<AuditEntry>> latestAbout(const QString &subject) const;

private:
    QSqlDatabase m_database;
    // Prepared once for the life of the repository (a transaction may append several rows).
    QSqlQuery m_append;
    bool m_appendPrepared = false;
};
