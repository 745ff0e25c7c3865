#pragma once

#include "RankedCandidate.h"
#include "RankingCandidate.h"
#include "Score.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

class ScoreSheet;

// The committee's ranking (rules.md, "Ranking"): the fully scored candidates that did not withdraw, by
// score (higher first), then mean note on the first criterion (higher first), then eligible amount
// (lower first, it stretches the envelope), then name A→Z ignoring case and accents; then the candidates
// not fully scored, by name, without a rank. Withdrawn candidates are left out.
// The order is kept between changes: after a note, call update() for that candidate only; it moves that
// one candidate with a binary search instead of re-sorting the promotion, so re-ranking stays well under a
// millisecond for a promotion and a few milliseconds for 10 000 candidates. The ScoreSheet is passed to
// each call rather than held, so the ranking never outlives the notes it reads.
class Ranking
{
public:
    Ranking() = default;

    // The ranking of these candidates with their standing on the sheet, in one call.
    static QList<RankedCandidate> rank(const ScoreSheet &sheet, const QList<RankingCandidate> &candidates);

    // Starts again from these candidates (a promotion loaded, a member added or removed, criteria set).
    void reset(const ScoreSheet &sheet, const QList<RankingCandidate> &candidates);
    // Adds a candidate or replaces its name, eligible amount or withdrawal, and places it.
    void setCandidate(const ScoreSheet &sheet, const RankingCandidate &candidate);
    void removeCandidate(qint64 candidateId);
    // Re-reads one candidate's standing after a note, a cleared note or a recusal on it, and moves it.
    void update(const ScoreSheet &sheet, qint64 candidateId);
    // Re-reads every candidate's standing (a member joined or left the committee).
    void updateAll(const ScoreSheet &sheet);

    // The ranked rows with their ranks and ex aequo marks, then the rows "notation incomplète".
    QList<RankedCandidate> rows() const;
    int rankedCount() const { return int(m_ranked.size()); }
    int incompleteCount() const { return int(m_incomplete.size()); }
    int candidateCount() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        RankingCandidate candidate;
        QString nameKey; // TextKey::fold(name), computed once: folding is far slower than comparing
        bool ranked = false;
        Score score;
        Score firstCriterionMean;
        int missingNotes = 0;
    };

    // The ranking order, made total by the candidate id as a last resort so positions are unique.
    bool rankedBefore(int left, int right) const;
    bool incompleteBefore(int left, int right) const;
    std::vector<int> *listOf(const Entry &entry);
    void readStanding(const ScoreSheet &sheet, Entry &entry) const;
    // Where the entry belongs in the list, found by binary search.
    std::vector<int>::iterator slotFor(std::vector<int> &list, int entryIndex) const;
    void place(int entryIndex);
    void unplace(int entryIndex);

    std::vector<Entry> m_entries;
    QHash<qint64, int> m_index;    // candidate id → m_entries index
    std::vector<int> m_ranked;     // m_entries indices in ranking order
    std::vector<int> m_incomplete; // m_entries indices by name
};
