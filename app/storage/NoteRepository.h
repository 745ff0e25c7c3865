#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The notes table: one row per candidate, member and criterion noted (0–5). Criteria are addressed here
// by their storage id; ScoringStore translates to and from the criterion's index in the promotion.
class NoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)

public:
    // One stored note, as the table holds it.
    struct Row
    {
        qint64 candidateId = 0;
        qint64 memberId = 0;
        qint64 criterionId = 0;
        int note = 0;
    };

    explicit NoteRepository(QSqlDatabase database);

    Result<QList<Row>> forPromotion(qint64 promotionId) const;
    // One member's notes on one candidate: what a single note's write needs to read.
    Result<QList<Row>> forCandidateAndMember(qint64 candidateId, qint64 memberId) const;
    // Gives or replaces the note of one cell.
    Outcome set(qint64 candidateId, qint64 memberId, qint64 criterionId, int note);
    Outcome remove(qint64 candidateId, qint64 memberId, qint64 criterionId);
    // Every note of the member on the candidate (a recusal).
    Outcome removeAll(qint64 candidateId, qint64 memberId);

private:
    QSqlDatabase m_database;
};
