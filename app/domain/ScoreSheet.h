#pragma once

#include "CommitteeMember.h"
#include "CriteriaSet.h"
#include "Result.h"
#include "Score.h"
#include "ScoreNote.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

// The notes of one promotion's committee (rules.md, "Scoring"): for every candidate, member and
// criterion an integer note 0–5, plus the recusals (déports). It applies the rules as notes come in:
// a recused member cannot note the candidate, recording a recusal removes that member's notes on it,
// the criteria are frozen once any note exists. Candidates and members are identified by their storage
// ids, criteria by their index in the CriteriaSet, so storage, command line and window share one sheet
// model without global state. Each candidate keeps running sums updated note by note, so its score and
// "fully scored" state are read in constant time: re-ranking after one note does not recompute the others.
class ScoreSheet
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSheet)

public:
    static constexpr int minimumNote = 0;
    static constexpr int maximumNote = 5;

    // The fund's default criteria, no member, no candidate.
    ScoreSheet();

    const CriteriaSet &criteria() const { return m_criteria; }
    // Refused when any note exists (checkCanChangeCriteria) or when the set is invalid (CriteriaSet::validate).
    Outcome setCriteria(const CriteriaSet &criteria);
    // The rule "criteria cannot change once any score exists in the promotion", for the store to call.
    Outcome checkCanChangeCriteria() const;
    bool hasAnyNote() const { return m_noteCount > 0; }
    int noteCount() const { return m_noteCount; }

    // Refuses an id already on the committee and an empty or repeated name (case- and accent-insensitive).
    Outcome addMember(const CommitteeMember &member);
    // Removes the member and returns the notes that went with them (empty for an unknown id).
    QList<ScoreNote> removeMember(qint64 memberId);
    const QList<CommitteeMember> &members() const { return m_members; }
    int memberCount() const { return int(m_members.size()); }
    bool hasMember(qint64 memberId) const { return m_memberIndex.contains(memberId); }

    // Refuses an id already on the sheet.
    Outcome addCandidate(qint64 candidateId);
    // Removes the candidate and returns its notes (empty for an unknown id).
    QList<ScoreNote> removeCandidate(qint64 candidateId);
    // In the order they were added.
    QList<qint64> candidateIds() const;
    int candidateCount() const { return int(m_candidates.size()); }
    bool hasCandidate(qint64 candidateId) const { return m_candidateIndex.contains(candidateId); }

    // Gives or replaces a note. Refuses an unknown candidate, member or criterion, a note outside 0–5,
    // and a member recused on the candidate.
    Outcome setNote(qint64 candidateId, qint64 memberId, int criterionIndex, int note);
    // Removes a note; returns the note removed, or nothing when the cell was empty or unknown.
    std::optional<int> clearNote(qint64 candidateId, qint64 memberId, int criterionIndex);
    std::optional<int> note(qint64 candidateId, qint64 memberId, int criterionIndex) const;
    // The candidate's notes, member by member in committee order, criterion by criterion.
    QList<ScoreNote> notesOf(qint64 candidateId) const;

    // Records that the member does not score the candidate (conflict of interest) and returns the notes this
    // removed, for the audit log. Recording a recusal twice removes nothing the second time.
    Result<QList<ScoreNote>> recordRecusal(qint64 candidateId, qint64 memberId);
    // Lets the member score the candidate again; refuses unknown ids.
    Outcome liftRecusal(qint64 candidateId, qint64 memberId);
    bool isRecused(qint64 candidateId, qint64 memberId) const;
    QList<qint64> recusedMemberIds(qint64 candidateId) const;

    // Members not recused on the candidate: those whose scores make its mean.
    int scoringMemberCount(qint64 candidateId) const;
    // Notes still expected from the scoring members before the candidate is fully scored.
    int missingNoteCount(qint64 candidateId) const;
    // Every member not recused has noted every criterion, and at least one member is not recused.
    bool isFullyScored(qint64 candidateId) const;
    // The mean of the scoring members' S = Σ weight × note / 5; only for a fully scored candidate.
    std::optional<Score> score(qint64 candidateId) const;
    // The mean note (0–5) of the scoring members on the first criterion; only for a fully scored candidate.
    std::optional<Score> firstCriterionMean(qint64 candidateId) const;
    // The member's S on the candidate, once that member has noted every criterion.
    std::optional<Score> memberScore(qint64 candidateId, qint64 memberId) const;

private:
    static constexpr qint8 noNote = -1;

    // One candidate's row of the sheet and the running sums that keep its standing current.
    struct CandidateRow
    {
        qint64 id = 0;
        std::vector<qint8> notes;  // member index × criterion count + criterion index; noNote when empty
        std::vector<bool> recused; // by member index
        qint64 weightedSum = 0;    // Σ weight × note over the notes present
        qint64 firstCriterionSum = 0;
        int noteCount = 0;
        int recusedCount = 0;
    };

    const CandidateRow *row(qint64 candidateId) const;
    Outcome checkCell(qint64 candidateId, qint64 memberId, int criterionIndex) const;
    // Empties one cell, keeping the sums current; returns the note it held.
    std::optional<int> eraseNote(CandidateRow &candidate, int memberIndex, int criterionIndex);
    void reindexMembers();
    void reindexCandidates();

    CriteriaSet m_criteria;
    QList<CommitteeMember> m_members;
    QHash<qint64, int> m_memberIndex;
    std::vector<CandidateRow> m_candidates;
    QHash<qint64, int> m_candidateIndex;
    int m_noteCount = 0;
};
