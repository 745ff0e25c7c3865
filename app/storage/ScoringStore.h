#pragma once

#include "CommitteeCopy.h"
#include "NoteRepository.h"
#include "PromotionSnapshot.h"
#include "domain/Candidate.h"
#include "domain/CommitteeMember.h"
#include "domain/CriteriaSet.h"
#include "domain/Promotion.h"
#include "domain/Proposal.h"
#include "domain/RankedCandidate.h"
#include "domain/RankingCandidate.h"
#include "domain/Result.h"
#include "domain/ScoreNote.h"
#include "domain/ScoreSheet.h"

#include <QLatin1String>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <optional>

class CommitteeStore;
class Database;
class StoreWrite;

// The committee's scoring as the window and the command line change and read it, beside CommitteeStore
// and on its database: the members, the criteria, the notes and recusals of each promotion, and the ranking
// and the proposal computed from them (the decisions are DecisionStore's). It writes through the stores'
// one write path (StoreWrite): a closed promotion refuses every write; the domain (ScoreSheet, CriteriaSet)
// decides what is allowed and words the refusal; every change is one transaction together with its audit
// rows (who: operatorName()); signals are emitted only after the commit. Refusals come back as values and
// leave the database unchanged.
class ScoringStore : public QObject
{
    Q_OBJECT

public:
    // A recusal to record: (candidate id, member id).
    using Recusal = QPair<qint64, qint64>;

    explicit ScoringStore(CommitteeStore &committee, QObject *parent = nullptr);

    // Who the audit log records; the committee store's operator when none was set here.
    void setOperatorName(const QString &name) { m_operatorName = name; }
    QString operatorName() const;

    // In the order they joined; empty when there is no such promotion. Like every read of the stores, fails
    // with the database's words rather than answer "none" (CommitteeStore).
    Result<QList<CommitteeMember>> members(int promotionNumber) const;
    // All or nothing: refuses an empty name and one already on the committee or repeated in the list
    // (case- and accent-insensitive). Returns the members added, with their ids.
    Result<QList<CommitteeMember>> addMembers(int promotionNumber, const QStringList &names);
    // Takes a member off the committee (the undo of an addition). Refused once the member has given a note
    // or is recused on a candidate: the audit log must keep who scored what.
    Outcome removeMember(int promotionNumber, qint64 memberId);

    // Empty when there is no such promotion.
    Result<CriteriaSet> criteria(int promotionNumber) const;
    // Refused once any note exists in the promotion, or when the set is invalid (the domain's messages).
    Outcome setCriteria(int promotionNumber, const CriteriaSet &criteria);
    // Copies the committee of an earlier promotion into an open one, in one audited write: its members
    // (those the target lacks, by name) and its criteria (names and weights). Refused on a closed target,
    // a missing source, a target that has notes, or when nothing would change (CommitteeCopier's words).
    Result<CommitteeCopy> copyCommittee(int sourceNumber, int targetNumber);

    // The promotion's sheet: its criteria, members, candidates (by id), recusals and notes.
    Result<ScoreSheet> scoreSheet(int promotionNumber) const;
    // The same for a promotion and its candidates already read (PromotionSnapshots reads them once).
    Result<ScoreSheet> scoreSheet(const Promotion &promotion, const QList<Candidate> &candidates) const;
    // Gives, changes (note set) or clears (nothing) one note.
    Outcome setNote(int promotionNumber, qint64 candidateId, qint64 memberId, int criterionIndex,
                    std::optional<int> note);
    // Records the recusal and removes the member's notes on the candidate; returns the notes removed.
    Result<QList<ScoreNote>> recordRecusal(int promotionNumber, qint64 candidateId, qint64 memberId);
    Outcome liftRecusal(int promotionNumber, qint64 candidateId, qint64 memberId);
    // All or nothing: the recusals first, then the notes, each checked by the score sheet. A note may replace
    // one already stored (the audit log keeps the old one).
    Outcome importScores(int promotionNumber, const QList<ScoreNote> &notes, const QList<Recusal> &recusals);

    // The ranking with the eligible amounts under the promotion's rule.
    Result<QList<RankedCandidate>> ranking(int promotionNumber) const;
    Result<Proposal> proposal(int promotionNumber) const;
    // Σ granted of the proposal's laureates that have no decision yet: the "proposed" part of the
    // envelope, beside what the decisions already consume.
    Result<Money> proposedUndecided(int promotionNumber) const;
signals:
    void membersChanged(int promotionNumber);
    void criteriaChanged(int promotionNumber);
    // Notes or recusals changed: the ranking and the proposal change with them.
    void scoresChanged(int promotionNumber);

private:
    // What every write to notes and recusals starts from, inside its transaction.
    struct SheetForWriting
    {
        Promotion promotion;
        QList<Candidate> candidates;
        ScoreSheet sheet;
    };
    // The open promotion, its candidates and its score sheet, read inside the write; refused when the
    // promotion does not exist or is closed (StoreWrite's guard).
    Result<SheetForWriting> openSheetForWriting(const StoreWrite &write, int promotionNumber) const;
    // The same, reduced to one member's notes on one candidate (with every criterion, member and that
    // candidate's recusals, so that the sheet's checks and messages are those of the whole sheet): one
    // typed note reads a few rows, not the promotion's thousands of notes.
    Result<SheetForWriting> openCellForWriting(const StoreWrite &write, int promotionNumber, qint64 candidateId,
                                               qint64 memberId) const;
    // The promotion, refused when it does not exist (reading: a closed promotion is shown).
    Result<Promotion> findPromotion(int promotionNumber) const;
    // PromotionReader::snapshot(), refused when the promotion does not exist or a read failed.
    Result<PromotionSnapshot> scoredSnapshot(int promotionNumber) const;
    // Records one recusal in the sheet and the database, with its audit row (the notes it removes); shared by
    // recordRecusal and importScores. Nothing is written when the member was already recused.
    Result<QList<ScoreNote>> recordRecusalIn(StoreWrite &write, SheetForWriting &opened, qint64 candidateId,
                                             qint64 memberId) const;
    // "FAST13 / Envergo / Alice": the audit subject of a member's notes or recusal on a candidate.
    static QString subjectOf(const SheetForWriting &opened, qint64 candidateId, qint64 memberId);
    static QString memberName(const ScoreSheet &sheet, qint64 memberId);

    CommitteeStore &m_committee;
    Database &m_database;
    QString m_operatorName;
};
