#pragma once

#include "NoteRepository.h"
#include "PromotionSnapshot.h"

#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"
#include "domain/ScoreSheet.h"

#include <QList>
#include <QSqlDatabase>

// Reads one promotion on a connection: its score sheet (criteria, members, candidates, recusals, notes) and
// the snapshot every page shows (PromotionSnapshot). ScoringStore reads through it inside its writes and
// for its ranking, PromotionSnapshots for the pages. A read that fails is never taken for "none": the
// sheet is refused with the read's message, and the snapshot carries that message in error with no
// promotion, rather than a promotion with no candidates whose envelope would read as unspent.
class PromotionReader
{
public:
    explicit PromotionReader(QSqlDatabase connection);

    // The sheet of the promotion and its candidates already read, with the promotion's notes.
    Result<ScoreSheet> sheet(const Promotion &promotion, const QList<Candidate> &candidates) const;
    // The same with these notes (one member's on one candidate, for a single note's write).
    Result<ScoreSheet> sheet(const Promotion &promotion, const QList<Candidate> &candidates,
                             const QList<NoteRepository::Row> &notes) const;
    // The promotion as it stands, computed (PromotionSnapshot::compute). No promotion and no error when
    // there is none; no promotion and the read's message in error when the promotion or its candidates
    // could not be read; the promotion and its candidates with the message in error when only the sheet
    // could not be read.
    PromotionSnapshot snapshot(int promotionNumber) const;

private:
    QSqlDatabase m_connection;
};
