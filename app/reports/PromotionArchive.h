#pragma once

#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"
#include "domain/Score.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class CommitteeStore;
class ScoringStore;

// Every promotion with its candidates and the scores of those fully scored, read once from the stores:
// the promotions' history, the search across promotions, a candidate's other applications and the
// side-by-side comparison are computed from this one reading, so that they agree with each other and a
// window does not run one ranking per row. Scores are the ranking's (ScoringStore), computed once per
// promotion.
class PromotionArchive
{
    Q_DECLARE_TR_FUNCTIONS(PromotionArchive)

public:
    struct Entry
    {
        Promotion promotion;
        QList<Candidate> candidates;
        // Candidate id → committee score, for the candidates the ranking ranks and for withdrawn candidates
        // that were fully scored before they withdrew.
        QHash<qint64, Score> scores;
    };

    static Result<PromotionArchive> load(const CommitteeStore &store, const ScoringStore &scoring);
    // Entries in any order; kept chronological (year, then number).
    static PromotionArchive fromEntries(QList<Entry> entries);

    // Chronological: by year, then number.
    const QList<Entry> &entries() const { return m_entries; }
    // Null when no promotion has that number.
    const Entry *entry(int number) const;

private:
    QList<Entry> m_entries;
};
