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
// insert() reuses one prepared statement for the life of the repository, so that an import of
// thousands of rows in one transaction prepares it once.
class CandidateRepository
{
    Q_DECLARE_TR_FUNCTIONS(CandidateRepository)

public:
    explicit CandidateRepository(QSqlDatabase database);

    // Ordered by folded name.
    QList<Candidate> forPromotion(qint64 promotionId) const;
    std::optional<Candidate> byId(qint64 id) const;
    std::optional<Candidate> byNameKey(qint64 promotionId, const QString &nameKey) const;
    QSet<QString> nameKeys(qint64 promotionId) const;
    int countForPromotion(qint64 promotionId) const;

    Result<qint64> insert(const Candidate &candidate);
    // For an import that has folded the name already to check it: nameKey is TextKey::fold(candidate.name).
    Result<qint64> insert(const Candidate &candidate, const QString &nameKey);
    // Every column but the promotion, which a candidate never changes.
    Outcome update(const Candidate &candidate);
    Outcome remove(qint64 id);

private:
    QSqlDatabase m_database;
    QSqlQuery m_insert;
    bool m_insertPrepared = false;
};
