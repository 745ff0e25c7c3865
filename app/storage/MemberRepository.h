#pragma once

#include "domain/CommitteeMember.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The members table: the committee members of each promotion, with the folded name (TextKey::fold) kept
// next to the name so that uniqueness per promotion is a plain index. No rule is checked here.
class MemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)

public:
    explicit MemberRepository(QSqlDatabase database);

    // In the order they joined the committee.
    Result<QList<CommitteeMember>> forPromotion(qint64 promotionId) const;
    Result<qint64> insert(qint64 promotionId, const QString &name);
    Outcome remove(qint64 memberId);

private:
    QSqlDatabase m_database;
};
