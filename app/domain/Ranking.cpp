#include "Ranking.h"

#include "ScoreSheet.h"
#include "TextKey.h"

#include <algorithm>

QList<RankedCandidate> Ranking::rank(const ScoreSheet &sheet, const QList<RankingCandidate> &candidates)
{
    Ranking ranking;
    ranking.reset(sheet, candidates);
    return ranking.rows();
}

void Ranking::reset(const ScoreSheet &sheet, const QList<RankingCandidate> &candidates)
{
    m_entries.clear();
    m_index.clear();
    m_ranked.clear();
    m_incomplete.clear();
    m_entries.reserve(size_t(candidates.size()));
    for (const RankingCandidate &candidate : candidates) {
        if (m_index.contains(candidate.candidateId))
            continue;
        Entry entry;
        entry.candidate = candidate;
        entry.nameKey = TextKey::fold(candidate.name);
        readStanding(sheet, entry);
        m_index.insert(candidate.candidateId, int(m_entries.size()));
        m_entries.push_back(std::move(entry));
    }
    // One sort of everything is cheaper than placing each candidate in turn.
    for (int i = 0; i < int(m_entries.size()); ++i) {
        if (std::vector<int> *list = listOf(m_entries[size_t(i)]))
            list->push_back(i);
    }
    std::sort(m_ranked.begin(), m_ranked.end(), [this](int a, int b) { return rankedBefore(a, b); });
    std::sort(m_incomplete.begin(), m_incomplete.end(), [this](int a, int b) { return incompleteBefore(a, b); });
}

void Ranking::setCandidate(const ScoreSheet &sheet, const RankingCandidate &candidate)
{
    const auto found = m_index.constFind(candidate.candidateId);
    int entryIndex = 0;
    if (found == m_index.constEnd()) {
        entryIndex = int(m_entries.size());
        m_index.insert(candidate.candidateId, entryIndex);
        m_entries.push_back(Entry());
    } else {
        entryIndex = found.value();
        unplace(entryIndex);
    }
    Entry &entry = m_entries[size_t(entryIndex)];
    entry.candidate = candidate;
    entry.nameKey = TextKey::fold(candidate.name);
    readStanding(sheet, entry);
    place(entryIndex);
}

void Ranking::removeCandidate(qint64 candidateId)
{
    const auto found = m_index.constFind(candidateId);
    if (found == m_index.constEnd())
        return;
    const int removed = found.value();
    unplace(removed);
    m_index.remove(candidateId);
    // Entries after the removed one shift down by one: renumber the lists that point at them.
    m_entries.erase(m_entries.begin() + removed);
    for (auto it = m_index.begin(); it != m_index.end(); ++it) {
        if (it.value() > removed)
            --it.value();
    }
    for (std::vector<int> *list : {&m_ranked, &m_incomplete}) {
        for (int &index : *list) {
            if (index > removed)
                --index;
        }
    }
}

void Ranking::update(const ScoreSheet &sheet, qint64 candidateId)
{
    const auto found = m_index.constFind(candidateId);
    if (found == m_index.constEnd())
        return;
    const int entryIndex = found.value();
    unplace(entryIndex);
    readStanding(sheet, m_entries[size_t(entryIndex)]);
    place(entryIndex);
}

void Ranking::updateAll(const ScoreSheet &sheet)
{
    QList<RankingCandidate> candidates;
    candidates.reserve(qsizetype(m_entries.size()));
    for (const Entry &entry : m_entries)
        candidates.append(entry.candidate);
    reset(sheet, candidates);
}

QList<RankedCandidate> Ranking::rows() const
{
    QList<RankedCandidate> rows;
    rows.reserve(qsizetype(m_ranked.size() + m_incomplete.size()));
    for (size_t position = 0; position < m_ranked.size(); ++position) {
        const Entry &entry = m_entries[size_t(m_ranked[position])];
        RankedCandidate row;
        row.candidateId = entry.candidate.candidateId;
        row.name = entry.candidate.name;
        row.eligible = entry.candidate.eligible;
        row.score = entry.score;
        row.firstCriterionMean = entry.firstCriterionMean;
        // Competition numbering: an exact tie shares the rank of the first of its group (1, 2, 2, 4).
        if (position > 0 && rows.last().score == entry.score) {
            row.rank = rows.last().rank;
            row.exAequo = true;
            rows.last().exAequo = true;
        } else {
            row.rank = int(position) + 1;
        }
        rows.append(row);
    }
    for (const int entryIndex : m_incomplete) {
        const Entry &entry = m_entries[size_t(entryIndex)];
        RankedCandidate row;
        row.candidateId = entry.candidate.candidateId;
        row.name = entry.candidate.name;
        row.eligible = entry.candidate.eligible;
        row.missingNotes = entry.missingNotes;
        rows.append(row);
    }
    return rows;
}

bool Ranking::rankedBefore(int left, int right) const
{
    const Entry &a = m_entries[size_t(left)];
    const Entry &b = m_entries[size_t(right)];
    if (const int byScore = a.score.compare(b.score); byScore != 0)
        return byScore > 0;
    if (const int byFirst = a.firstCriterionMean.compare(b.firstCriterionMean); byFirst != 0)
        return byFirst > 0;
    if (a.candidate.eligible != b.candidate.eligible)
        return a.candidate.eligible < b.candidate.eligible;
    if (const int byName = QString::compare(a.nameKey, b.nameKey); byName != 0)
        return byName < 0;
    return a.candidate.candidateId < b.candidate.candidateId;
}

bool Ranking::incompleteBefore(int left, int right) const
{
    const Entry &a = m_entries[size_t(left)];
    const Entry &b = m_entries[size_t(right)];
    if (const int byName = QString::compare(a.nameKey, b.nameKey); byName != 0)
        return byName < 0;
    return a.candidate.candidateId < b.candidate.candidateId;
}

std::vector<int> *Ranking::listOf(const Entry &entry)
{
    if (entry.candidate.withdrawn)
        return nullptr;
    return entry.ranked ? &m_ranked : &m_incomplete;
}

void Ranking::readStanding(const ScoreSheet &sheet, Entry &entry) const
{
    const qint64 id = entry.candidate.candidateId;
    const std::optional<Score> score = sheet.score(id);
    entry.ranked = score.has_value();
    entry.score = score.value_or(Score());
    entry.firstCriterionMean = sheet.firstCriterionMean(id).value_or(Score());
    entry.missingNotes = sheet.hasCandidate(id) ? sheet.missingNoteCount(id) : 0;
}

std::vector<int>::iterator Ranking::slotFor(std::vector<int> &list, int entryIndex) const
{
    const auto before = &list == &m_ranked ? &Ranking::rankedBefore : &Ranking::incompleteBefore;
    return std::lower_bound(list.begin(), list.end(), entryIndex,
                            [this, before](int a, int b) { return (this->*before)(a, b); });
}

void Ranking::place(int entryIndex)
{
    if (std::vector<int> *list = listOf(m_entries[size_t(entryIndex)]))
        list->insert(slotFor(*list, entryIndex), entryIndex);
}

void Ranking::unplace(int entryIndex)
{
    std::vector<int> *list = listOf(m_entries[size_t(entryIndex)]);
    if (!list)
        return;
    // The entry still holds the standing it was placed with, so the search lands on its exact slot.
    const auto slot = slotFor(*list, entryIndex);
    if (slot != list->end() && *slot == entryIndex)
        list->erase(slot);
}
