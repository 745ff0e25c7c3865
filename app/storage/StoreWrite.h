#pragma once

#include "TransactionGuard.h"

#include "domain/AuditEntry.h"
#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <utility>

class Database;

// The one write path of the stores (CommitteeStore, ScoringStore, DecisionStore, ScenarioStore): it begins
// the transaction, holds the closed-promotion guard (rules.md: a closed promotion is read-only through every
// path) and its message, builds the audit entries (who: the operator given, when: the database's clock, one
// moment for the whole write), writes them and commits, and only then emits the change signals the write
// queued, each once. A write that returns before commit() is rolled back with its audit rows and emits
// nothing. Each mutating method of a store only says what it writes, what it audits and what it signals.
class StoreWrite
{
    Q_DECLARE_TR_FUNCTIONS(StoreWrite)

public:
    StoreWrite(Database &database, const QString &operatorName);
    StoreWrite(const StoreWrite &) = delete;
    StoreWrite &operator=(const StoreWrite &) = delete;

    // Failed, with the storage's words, when the transaction could not begin: nothing may then be written.
    Outcome begun() const;
    QSqlDatabase connection() const { return m_connection; }

    // The promotion with that number, refused when there is none or when it could not be read (the read's
    // message, never "there is none").
    Result<Promotion> promotion(int number) const;
    Result<Promotion> promotionById(qint64 id) const;
    // The same, refused too when it is closed.
    Result<Promotion> writablePromotion(int number) const;
    // The candidate and the promotion it belongs to, refused when either is gone, could not be read, or the
    // promotion is closed.
    Result<std::pair<Candidate, Promotion>> writableCandidate(qint64 id) const;
    // The laureate and its promotion for a write to its follow-up after the decision: refused when the
    // candidate is gone, could not be read or is not a laureate, but not when its promotion is closed. The
    // follow-up of a closed promotion stays editable while its decisions do not (issue #18): this is the one
    // path past the closed-promotion guard, and FollowUpStore the only store that takes it.
    Result<std::pair<Candidate, Promotion>> followUpCandidate(qint64 id) const;
    // The guard alone, for a promotion already read (the owner of a candidate, say).
    static Outcome checkWritable(const Promotion &promotion);
    static QString closedMessage(const Promotion &promotion);

    // One audit row, written with the others at commit(); promotionNumber 0 for a change outside promotions.
    void audit(QLatin1String action, int promotionNumber, const QString &subject, const QString &oldValue = QString(),
               const QString &newValue = QString());
    int auditCount() const { return int(m_entries.size()); }
    // Called once after the commit succeeded, in the order queued (a store's `emit`).
    void notifyAfterCommit(std::function<void()> emitSignal) { m_notifications.append(std::move(emitSignal)); }

    // Writes the audit rows, commits, then emits the queued signals. Nothing is emitted when it fails.
    Outcome commit();

private:
    QSqlDatabase m_connection;
    TransactionGuard m_transaction;
    QString m_operatorName;
    QDateTime m_at;
    QList<AuditEntry> m_entries;
    QList<std::function<void()>> m_notifications;
};
