#pragma once

#include "domain/Candidate.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// The candidates table: rows in, Candidate values out, with the folded name (TextKey::fold) kept next
// to the name so that uniqueness per promotion is a plain index. No rule is checked here.
class CandidateRepository
{
    Q_DECLARE_TR_FUNCTIONS(CandidateRepository)

public:
    explicit CandidateRepository(QSqlDatabase database);

    // Ordered by folded name. Every read fails with the database's words rather than answer "none".
    Result<QList<Candidate>> forPromotion(qint64 promotionId) const;
    // Empty when there is no such candidate.
    Result<std::optional<Candidate>> byId(qint64 id) const;
    Result<std::optional<Candidate>> byNameKey(qint64 promotionId, const QString &nameKey) const;
    // The candidate with this file number in the promotion; empty for an empty reference.
    Result<std::optional<Candidate>> byReference(qint64 promotionId, const QString &reference) const;
    Result<QSet<QString>> nameKeys(qint64 promotionId) const;
    Result<int> countForPromotion(qint64 promotionId) const;

    Result<qint64> insert(const Candidate &candidate);
    // An import's candidates, in that order, each nameKeys[i] being TextKey::fold(candidates[i].name)
    // (the import folded them to check them). Written insertBatchRows rows per statement: one statement
    // per row made SQLite update the AUTOINCREMENT counter, and Qt run a statement, 10 000 times for an
    // import of 10 000 rows. Returns the new rows' ids, in the order of candidates.
    Result<QList<qint64>> insertAll(const QList<Candidate> &candidates, const QStringList &nameKeys);
    static constexpr qsizetype insertBatchRows = 50;
    // Every column but the promotion, which a candidate never changes.
    Outcome update(const Candidate &candidate);
    // Only the columns in which changed differs from stored, and only if each still holds stored's value, so
    // that two operators changing different fields of one candidate at once both keep their change: false
    // (nothing written) when another connection changed one of those columns since stored was read.
    Result<bool> updateChangedColumns(const Candidate &stored, const Candidate &changed);
    // The decision and granted amount only, and only if the row still holds the ones given: false (nothing
    // written) when another connection changed them since they were read.
    Result<bool> updateDecision(const Candidate &candidate, Decision expectedDecision, Money expectedGranted);
    Outcome remove(qint64 id);
    // Many at once (the undo of an import), removeBatchRows ids per statement.
    Outcome removeAll(const QList<qint64> &ids);
    static constexpr qsizetype removeBatchRows = 50;

private:
    // The candidate the prepared query selects, if any.
    Result<std::optional<Candidate>> one(QSqlQuery &query) const;

    QSqlDatabase m_database;
};
