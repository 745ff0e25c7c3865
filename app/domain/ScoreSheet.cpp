#include "ScoreSheet.h"

#include "TextKey.h"

ScoreSheet::ScoreSheet() : m_criteria(CriteriaSet::defaults())
{}

Outcome ScoreSheet::checkCanChangeCriteria() const
{
    if (hasAnyNote())
        return Outcome::failure(
            tr("The criteria cannot change once any score exists (%n note(s) given).", nullptr, m_noteCount));
    return Outcome::success();
}

Outcome ScoreSheet::setCriteria(const CriteriaSet &criteria)
{
    if (const Outcome allowed = checkCanChangeCriteria(); !allowed)
        return allowed;
    if (const Outcome valid = criteria.validate(); !valid)
        return valid;
    m_criteria = criteria;
    // No note exists, so every row only needs cells of the new shape.
    const size_t cells = size_t(m_members.size()) * size_t(m_criteria.count());
    for (CandidateRow &candidate : m_candidates)
        candidate.notes.assign(cells, noNote);
    return Outcome::success();
}

Outcome ScoreSheet::addMember(const CommitteeMember &member)
{
    if (m_memberIndex.contains(member.id))
        return Outcome::failure(tr("Committee member %1 is already on this committee.").arg(member.id));
    const QString key = TextKey::fold(member.name);
    if (key.isEmpty())
        return Outcome::failure(tr("A committee member needs a name."));
    for (const CommitteeMember &other : m_members) {
        if (TextKey::fold(other.name) == key)
            return Outcome::failure(tr("%1 is already on this committee.").arg(other.name));
    }
    m_memberIndex.insert(member.id, int(m_members.size()));
    m_members.append(member);
    // The new member has noted nothing yet: every candidate waits for their notes.
    const size_t criteriaCount = size_t(m_criteria.count());
    for (CandidateRow &candidate : m_candidates) {
        candidate.notes.insert(candidate.notes.end(), criteriaCount, noNote);
        candidate.recused.push_back(false);
    }
    return Outcome::success();
}

QList<ScoreNote> ScoreSheet::removeMember(qint64 memberId)
{
    QList<ScoreNote> removed;
    const auto found = m_memberIndex.constFind(memberId);
    if (found == m_memberIndex.constEnd())
        return removed;
    const int memberIndex = found.value();
    const int criteriaCount = m_criteria.count();
    for (CandidateRow &candidate : m_candidates) {
        for (int c = 0; c < criteriaCount; ++c) {
            if (const std::optional<int> old = eraseNote(candidate, memberIndex, c))
                removed.append({candidate.id, memberId, c, *old});
        }
        const auto first = candidate.notes.begin() + qsizetype(memberIndex) * criteriaCount;
        candidate.notes.erase(first, first + criteriaCount);
        if (candidate.recused[size_t(memberIndex)])
            --candidate.recusedCount;
        candidate.recused.erase(candidate.recused.begin() + memberIndex);
    }
    m_members.removeAt(memberIndex);
    reindexMembers();
    return removed;
}

Outcome ScoreSheet::addCandidate(qint64 candidateId)
{
    if (m_candidateIndex.contains(candidateId))
        return Outcome::failure(tr("Candidate %1 is already on this score sheet.").arg(candidateId));
    CandidateRow candidate;
    candidate.id = candidateId;
    candidate.notes.assign(size_t(m_members.size()) * size_t(m_criteria.count()), noNote);
    candidate.recused.assign(size_t(m_members.size()), false);
    m_candidateIndex.insert(candidateId, int(m_candidates.size()));
    m_candidates.push_back(std::move(candidate));
    return Outcome::success();
}

QList<ScoreNote> ScoreSheet::removeCandidate(qint64 candidateId)
{
    const auto found = m_candidateIndex.constFind(candidateId);
    if (found == m_candidateIndex.constEnd())
        return {};
    const QList<ScoreNote> removed = notesOf(candidateId);
    m_noteCount -= m_candidates[size_t(found.value())].noteCount;
    m_candidates.erase(m_candidates.begin() + found.value());
    reindexCandidates();
    return removed;
}

QList<qint64> ScoreSheet::candidateIds() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_candidates.size()));
    for (const CandidateRow &candidate : m_candidates)
        ids.append(candidate.id);
    return ids;
}

Outcome ScoreSheet::checkCell(qint64 candidateId, qint64 memberId, int criterionIndex) const
{
    if (!m_candidateIndex.contains(candidateId))
        return Outcome::failure(tr("Candidate %1 is not on this score sheet.").arg(candidateId));
    if (!m_memberIndex.contains(memberId))
        return Outcome::failure(tr("Committee member %1 is not on this committee.").arg(memberId));
    if (criterionIndex < 0 || criterionIndex >= m_criteria.count())
        return Outcome::failure(
            tr("There is no criterion %1: this promotion has %n criteria.", nullptr, m_criteria.count())
                .arg(criterionIndex + 1));
    return Outcome::success();
}

Outcome ScoreSheet::setNote(qint64 candidateId, qint64 memberId, int criterionIndex, int note)
{
    if (const Outcome cell = checkCell(candidateId, memberId, criterionIndex); !cell)
        return cell;
    if (note < minimumNote || note > maximumNote)
        return Outcome::failure(
            tr("A note must be a whole number from %1 to %2, not %3.").arg(minimumNote).arg(maximumNote).arg(note));
    CandidateRow &candidate = m_candidates[size_t(m_candidateIndex.value(candidateId))];
    const int memberIndex = m_memberIndex.value(memberId);
    if (candidate.recused[size_t(memberIndex)])
        return Outcome::failure(
            tr("%1 is recused on this candidate and cannot score it.").arg(m_members.at(memberIndex).name));
    eraseNote(candidate, memberIndex, criterionIndex);
    candidate.notes[size_t(memberIndex) * size_t(m_criteria.count()) + size_t(criterionIndex)] = qint8(note);
    candidate.weightedSum += qint64(m_criteria.weight(criterionIndex)) * note;
    if (criterionIndex == 0)
        candidate.firstCriterionSum += note;
    ++candidate.noteCount;
    ++m_noteCount;
    return Outcome::success();
}

std::optional<int> ScoreSheet::eraseNote(CandidateRow &candidate, int memberIndex, int criterionIndex)
{
    qint8 &cell = candidate.notes[size_t(memberIndex) * size_t(m_criteria.count()) + size_t(criterionIndex)];
    if (cell == noNote)
        return std::nullopt;
    const int old = cell;
    cell = noNote;
    candidate.weightedSum -= qint64(m_criteria.weight(criterionIndex)) * old;
    if (criterionIndex == 0)
        candidate.firstCriterionSum -= old;
    --candidate.noteCount;
    --m_noteCount;
    return old;
}

std::optional<int> ScoreSheet::clearNote(qint64 candidateId, qint64 memberId, int criterionIndex)
{
    if (!checkCell(candidateId, memberId, criterionIndex))
        return std::nullopt;
    return eraseNote(m_candidates[size_t(m_candidateIndex.value(candidateId))], m_memberIndex.value(memberId),
                     criterionIndex);
}

std::optional<int> ScoreSheet::note(qint64 candidateId, qint64 memberId, int criterionIndex) const
{
    if (!checkCell(candidateId, memberId, criterionIndex))
        return std::nullopt;
    const CandidateRow &candidate = m_candidates[size_t(m_candidateIndex.value(candidateId))];
    const qint8 cell =
        candidate.notes[size_t(m_memberIndex.value(memberId)) * size_t(m_criteria.count()) + size_t(criterionIndex)];
    if (cell == noNote)
        return std::nullopt;
    return int(cell);
}

QList<ScoreNote> ScoreSheet::notesOf(qint64 candidateId) const
{
    QList<ScoreNote> notes;
    const CandidateRow *candidate = row(candidateId);
    if (!candidate)
        return notes;
    const int criteriaCount = m_criteria.count();
    for (int m = 0; m < int(m_members.size()); ++m) {
        for (int c = 0; c < criteriaCount; ++c) {
            const qint8 cell = candidate->notes[size_t(m) * size_t(criteriaCount) + size_t(c)];
            if (cell != noNote)
                notes.append({candidateId, m_members.at(m).id, c, int(cell)});
        }
    }
    return notes;
}

Result<QList<ScoreNote>> ScoreSheet::recordRecusal(qint64 candidateId, qint64 memberId)
{
    if (const Outcome cell = checkCell(candidateId, memberId, 0); !cell)
        return Result<QList<ScoreNote>>::failure(cell.error());
    CandidateRow &candidate = m_candidates[size_t(m_candidateIndex.value(candidateId))];
    const int memberIndex = m_memberIndex.value(memberId);
    QList<ScoreNote> removed;
    for (int c = 0; c < m_criteria.count(); ++c) {
        if (const std::optional<int> old = eraseNote(candidate, memberIndex, c))
            removed.append({candidateId, memberId, c, *old});
    }
    if (!candidate.recused[size_t(memberIndex)]) {
        candidate.recused[size_t(memberIndex)] = true;
        ++candidate.recusedCount;
    }
    return Result<QList<ScoreNote>>::success(removed);
}

Outcome ScoreSheet::liftRecusal(qint64 candidateId, qint64 memberId)
{
    if (const Outcome cell = checkCell(candidateId, memberId, 0); !cell)
        return cell;
    CandidateRow &candidate = m_candidates[size_t(m_candidateIndex.value(candidateId))];
    const int memberIndex = m_memberIndex.value(memberId);
    if (candidate.recused[size_t(memberIndex)]) {
        candidate.recused[size_t(memberIndex)] = false;
        --candidate.recusedCount;
    }
    return Outcome::success();
}

bool ScoreSheet::isRecused(qint64 candidateId, qint64 memberId) const
{
    const CandidateRow *candidate = row(candidateId);
    const auto member = m_memberIndex.constFind(memberId);
    return candidate && member != m_memberIndex.constEnd() && candidate->recused[size_t(member.value())];
}

QList<qint64> ScoreSheet::recusedMemberIds(qint64 candidateId) const
{
    QList<qint64> ids;
    if (const CandidateRow *candidate = row(candidateId)) {
        for (int m = 0; m < int(m_members.size()); ++m) {
            if (candidate->recused[size_t(m)])
                ids.append(m_members.at(m).id);
        }
    }
    return ids;
}

int ScoreSheet::scoringMemberCount(qint64 candidateId) const
{
    const CandidateRow *candidate = row(candidateId);
    return candidate ? int(m_members.size()) - candidate->recusedCount : 0;
}

int ScoreSheet::missingNoteCount(qint64 candidateId) const
{
    const CandidateRow *candidate = row(candidateId);
    if (!candidate)
        return 0;
    // Recused members hold no note (recording the recusal removed them), so the count compares directly.
    return scoringMemberCount(candidateId) * m_criteria.count() - candidate->noteCount;
}

bool ScoreSheet::isFullyScored(qint64 candidateId) const
{
    return row(candidateId) && scoringMemberCount(candidateId) > 0 && missingNoteCount(candidateId) == 0;
}

std::optional<Score> ScoreSheet::score(qint64 candidateId) const
{
    if (!isFullyScored(candidateId))
        return std::nullopt;
    return Score::fromWeightedNotes(row(candidateId)->weightedSum, scoringMemberCount(candidateId));
}

std::optional<Score> ScoreSheet::firstCriterionMean(qint64 candidateId) const
{
    if (!isFullyScored(candidateId))
        return std::nullopt;
    return Score(row(candidateId)->firstCriterionSum, scoringMemberCount(candidateId));
}

std::optional<Score> ScoreSheet::memberScore(qint64 candidateId, qint64 memberId) const
{
    const CandidateRow *candidate = row(candidateId);
    const auto member = m_memberIndex.constFind(memberId);
    if (!candidate || member == m_memberIndex.constEnd())
        return std::nullopt;
    const int criteriaCount = m_criteria.count();
    qint64 sum = 0;
    for (int c = 0; c < criteriaCount; ++c) {
        const qint8 cell = candidate->notes[size_t(member.value()) * size_t(criteriaCount) + size_t(c)];
        if (cell == noNote)
            return std::nullopt;
        sum += qint64(m_criteria.weight(c)) * cell;
    }
    return Score::fromWeightedNotes(sum, 1);
}

const ScoreSheet::CandidateRow *ScoreSheet::row(qint64 candidateId) const
{
    const auto found = m_candidateIndex.constFind(candidateId);
    return found == m_candidateIndex.constEnd() ? nullptr : &m_candidates[size_t(found.value())];
}

void ScoreSheet::reindexMembers()
{
    m_memberIndex.clear();
    for (int m = 0; m < int(m_members.size()); ++m)
        m_memberIndex.insert(m_members.at(m).id, m);
}

void ScoreSheet::reindexCandidates()
{
    m_candidateIndex.clear();
    for (int i = 0; i < int(m_candidates.size()); ++i)
        m_candidateIndex.insert(m_candidates[size_t(i)].id, i);
}
