#include "ScoringStore.h"

#include "AuditText.h"
#include "CandidateRepository.h"
#include "CommitteeCopier.h"
#include "CommitteeStore.h"
#include "CriterionRepository.h"
#include "Database.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PromotionReader.h"
#include "PromotionRepository.h"
#include "RecusalRepository.h"
#include "StoreWrite.h"

#include "domain/AuditAction.h"
#include "domain/AuditEntry.h"
#include "domain/NameText.h"
#include "domain/TextKey.h"

#include <QHash>

namespace {

QString candidateName(const QList<Candidate> &candidates, qint64 candidateId)
{
    for (const Candidate &candidate : candidates) {
        if (candidate.id == candidateId)
            return candidate.name;
    }
    return QString::number(candidateId);
}

QString noteText(std::optional<int> note)
{
    return note ? QString::number(*note) : QString();
}

} // namespace

ScoringStore::ScoringStore(CommitteeStore &committee, QObject *parent)
    : QObject(parent), m_committee(committee), m_database(committee.database())
{}

QString ScoringStore::operatorName() const
{
    return m_operatorName.isEmpty() ? m_committee.operatorName() : m_operatorName;
}

// --- Reading --------------------------------------------------------------------------------------

Result<Promotion> ScoringStore::findPromotion(int promotionNumber) const
{
    const Result<std::optional<Promotion>> promotion =
        PromotionRepository(m_database.connection()).byNumber(promotionNumber);
    if (!promotion)
        return Result<Promotion>::failure(promotion.error());
    if (!promotion.value())
        return Result<Promotion>::failure(tr("There is no promotion FAST%1.").arg(promotionNumber));
    return Result<Promotion>::success(*promotion.value());
}

Result<QList<CommitteeMember>> ScoringStore::members(int promotionNumber) const
{
    const Result<std::optional<Promotion>> promotion =
        PromotionRepository(m_database.connection()).byNumber(promotionNumber);
    if (!promotion)
        return Result<QList<CommitteeMember>>::failure(promotion.error());
    if (!promotion.value())
        return Result<QList<CommitteeMember>>::success({});
    return MemberRepository(m_database.connection()).forPromotion(promotion.value()->id);
}

Result<CriteriaSet> ScoringStore::criteria(int promotionNumber) const
{
    const Result<std::optional<Promotion>> promotion =
        PromotionRepository(m_database.connection()).byNumber(promotionNumber);
    if (!promotion)
        return Result<CriteriaSet>::failure(promotion.error());
    if (!promotion.value())
        return Result<CriteriaSet>::success(CriteriaSet());
    return CriterionRepository(m_database.connection()).forPromotion(promotion.value()->id);
}

Result<ScoreSheet> ScoringStore::scoreSheet(int promotionNumber) const
{
    const Result<Promotion> promotion = findPromotion(promotionNumber);
    if (!promotion)
        return Result<ScoreSheet>::failure(promotion.error());
    const Result<QList<Candidate>> candidates =
        CandidateRepository(m_database.connection()).forPromotion(promotion.value().id);
    if (!candidates)
        return Result<ScoreSheet>::failure(candidates.error());
    return PromotionReader(m_database.connection()).sheet(promotion.value(), candidates.value());
}

Result<ScoreSheet> ScoringStore::scoreSheet(const Promotion &promotion, const QList<Candidate> &candidates) const
{
    return PromotionReader(m_database.connection()).sheet(promotion, candidates);
}

Result<PromotionSnapshot> ScoringStore::scoredSnapshot(int promotionNumber) const
{
    PromotionSnapshot snapshot = PromotionReader(m_database.connection()).snapshot(promotionNumber);
    if (!snapshot.error.isEmpty())
        return Result<PromotionSnapshot>::failure(snapshot.error);
    if (!snapshot.promotion)
        return Result<PromotionSnapshot>::failure(tr("There is no promotion FAST%1.").arg(promotionNumber));
    return Result<PromotionSnapshot>::success(std::move(snapshot));
}

Result<QList<RankedCandidate>> ScoringStore::ranking(int promotionNumber) const
{
    const Result<PromotionSnapshot> snapshot = scoredSnapshot(promotionNumber);
    if (!snapshot)
        return Result<QList<RankedCandidate>>::failure(snapshot.error());
    return Result<QList<RankedCandidate>>::success(snapshot.value().ranking);
}

Result<Proposal> ScoringStore::proposal(int promotionNumber) const
{
    const Result<PromotionSnapshot> snapshot = scoredSnapshot(promotionNumber);
    if (!snapshot)
        return Result<Proposal>::failure(snapshot.error());
    return Result<Proposal>::success(snapshot.value().proposal);
}

Result<ScoringStore::SheetForWriting> ScoringStore::openSheetForWriting(const StoreWrite &write,
                                                                        int promotionNumber) const
{
    const Result<Promotion> promotion = write.writablePromotion(promotionNumber);
    if (!promotion)
        return Result<SheetForWriting>::failure(promotion.error());
    const Result<QList<Candidate>> candidates =
        CandidateRepository(write.connection()).forPromotion(promotion.value().id);
    if (!candidates)
        return Result<SheetForWriting>::failure(candidates.error());
    SheetForWriting opened{promotion.value(), candidates.value(), ScoreSheet()};
    Result<ScoreSheet> loaded = PromotionReader(m_database.connection()).sheet(opened.promotion, opened.candidates);
    if (!loaded)
        return Result<SheetForWriting>::failure(loaded.error());
    opened.sheet = std::move(loaded.value());
    return Result<SheetForWriting>::success(std::move(opened));
}

Result<ScoringStore::SheetForWriting> ScoringStore::openCellForWriting(const StoreWrite &write, int promotionNumber,
                                                                       qint64 candidateId, qint64 memberId) const
{
    const Result<Promotion> promotion = write.writablePromotion(promotionNumber);
    if (!promotion)
        return Result<SheetForWriting>::failure(promotion.error());
    SheetForWriting opened{promotion.value(), {}, ScoreSheet()};
    // A candidate of another promotion is left out, as the whole sheet would leave it: the sheet refuses it.
    const Result<std::optional<Candidate>> candidate = CandidateRepository(write.connection()).byId(candidateId);
    if (!candidate)
        return Result<SheetForWriting>::failure(candidate.error());
    if (candidate.value() && candidate.value()->promotionId == opened.promotion.id)
        opened.candidates.append(*candidate.value());
    const Result<QList<NoteRepository::Row>> notes =
        NoteRepository(write.connection()).forCandidateAndMember(candidateId, memberId);
    if (!notes)
        return Result<SheetForWriting>::failure(notes.error());
    Result<ScoreSheet> loaded =
        PromotionReader(m_database.connection()).sheet(opened.promotion, opened.candidates, notes.value());
    if (!loaded)
        return Result<SheetForWriting>::failure(loaded.error());
    opened.sheet = std::move(loaded.value());
    return Result<SheetForWriting>::success(std::move(opened));
}

Result<Money> ScoringStore::proposedUndecided(int promotionNumber) const
{
    const Result<PromotionSnapshot> snapshot = scoredSnapshot(promotionNumber);
    if (!snapshot)
        return Result<Money>::failure(snapshot.error());
    return Result<Money>::success(snapshot.value().proposedUndecided);
}

// --- Members and criteria -------------------------------------------------------------------------

Result<QList<CommitteeMember>> ScoringStore::addMembers(int promotionNumber, const QStringList &names)
{
    using Members = QList<CommitteeMember>;
    StoreWrite write(m_database, operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return Result<Members>::failure(begun.error());
    const Result<Promotion> promotion = write.writablePromotion(promotionNumber);
    if (!promotion)
        return Result<Members>::failure(promotion.error());
    const Promotion &owner = promotion.value();
    if (names.isEmpty())
        return Result<Members>::failure(tr("Give at least one committee member's name."));

    // The sheet checks the names against the committee and against each other, before anything is written.
    MemberRepository memberRows(write.connection());
    const Result<QList<CommitteeMember>> committee = memberRows.forPromotion(owner.id);
    if (!committee)
        return Result<Members>::failure(committee.error());
    ScoreSheet check;
    for (const CommitteeMember &member : committee.value())
        check.addMember(member);
    // Each name as the text policy stores it (NFC, trimmed, one line, nothing invisible, at most 200
    // characters); an empty one is left to the sheet, which says a member needs a name.
    QStringList stored;
    stored.reserve(names.size());
    for (const QString &name : names) {
        if (name.trimmed().isEmpty()) {
            stored.append(QString());
            continue;
        }
        const Result<QString> normalised = NameText::normalise(name, tr("Committee member name"));
        if (!normalised)
            return Result<Members>::failure(normalised.error());
        stored.append(normalised.value());
    }
    qint64 provisionalId = -1;
    for (const QString &name : std::as_const(stored)) {
        if (const Outcome added = check.addMember({provisionalId--, name}); !added)
            return Result<Members>::failure(added.error());
    }

    Members added;
    for (const QString &trimmed : std::as_const(stored)) {
        const Result<qint64> id = memberRows.insert(owner.id, trimmed);
        if (!id)
            return Result<Members>::failure(id.error());
        added.append({id.value(), trimmed});
        write.audit(AuditAction::memberAdd, owner.number, owner.label() + QStringLiteral(" / ") + trimmed, QString(),
                    trimmed);
    }
    write.notifyAfterCommit([this, number = owner.number] { emit membersChanged(number); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Members>::failure(committed.error());
    return Result<Members>::success(added);
}

Outcome ScoringStore::removeMember(int promotionNumber, qint64 memberId)
{
    StoreWrite write(m_database, operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    const Result<SheetForWriting> opened = openSheetForWriting(write, promotionNumber);
    if (!opened)
        return Outcome::failure(opened.error());
    const Promotion &owner = opened.value().promotion;
    const ScoreSheet &sheet = opened.value().sheet;
    if (!sheet.hasMember(memberId))
        return Outcome::failure(tr("This committee member is no longer on %1.").arg(owner.label()));
    const QString name = memberName(sheet, memberId);
    for (const qint64 candidateId : sheet.candidateIds()) {
        bool noted = sheet.isRecused(candidateId, memberId);
        for (int criterion = 0; !noted && criterion < sheet.criteria().count(); ++criterion)
            noted = sheet.note(candidateId, memberId, criterion).has_value();
        if (noted)
            return Outcome::failure(
                tr("%1 has already noted or recused themselves on candidates of %2: they stay on the committee.")
                    .arg(name, owner.label()));
    }
    if (const Outcome removed = MemberRepository(write.connection()).remove(memberId); !removed)
        return removed;
    write.audit(AuditAction::memberRemove, owner.number, owner.label() + QStringLiteral(" / ") + name, name, QString());
    write.notifyAfterCommit([this, number = owner.number] { emit membersChanged(number); });
    return write.commit();
}

Outcome ScoringStore::setCriteria(int promotionNumber, const CriteriaSet &criteria)
{
    StoreWrite write(m_database, operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    Result<SheetForWriting> opened = openSheetForWriting(write, promotionNumber);
    if (!opened)
        return Outcome::failure(opened.error());
    const Promotion &owner = opened.value().promotion;
    ScoreSheet &sheet = opened.value().sheet;
    const CriteriaSet before = sheet.criteria();
    if (const Outcome allowed = sheet.setCriteria(criteria); !allowed)
        return allowed;
    // Names stored as the text policy says (NFC, trimmed), once validate() has accepted them.
    const CriteriaSet stored = criteria.normalised();
    const QString oldText = AuditText::criteria(before);
    const QString newText = AuditText::criteria(stored);
    if (oldText == newText)
        return Outcome::success();
    if (const Outcome written = CriterionRepository(write.connection()).replace(owner.id, stored); !written)
        return written;
    write.audit(AuditAction::criteriaUpdate, owner.number, owner.label() + QStringLiteral(" / criteria"), oldText,
                newText);
    write.notifyAfterCommit([this, number = owner.number] { emit criteriaChanged(number); });
    return write.commit();
}

Result<CommitteeCopy> ScoringStore::copyCommittee(int sourceNumber, int targetNumber)
{
    StoreWrite write(m_database, operatorName());
    const Result<SheetForWriting> opened = write.begun() ? openSheetForWriting(write, targetNumber)
                                                         : Result<SheetForWriting>::failure(write.begun().error());
    if (!opened)
        return Result<CommitteeCopy>::failure(opened.error());
    const Result<CommitteeCopy> copied =
        CommitteeCopier::copy(write, sourceNumber, opened.value().promotion, opened.value().sheet);
    if (!copied)
        return copied;
    write.notifyAfterCommit([this, targetNumber, copied] {
        if (!copied.value().addedMembers.isEmpty())
            emit membersChanged(targetNumber);
        if (copied.value().criteriaChanged)
            emit criteriaChanged(targetNumber);
    });
    if (const Outcome committed = write.commit(); !committed)
        return Result<CommitteeCopy>::failure(committed.error());
    return copied;
}

// --- Notes and recusals ---------------------------------------------------------------------------

Outcome ScoringStore::setNote(int promotionNumber, qint64 candidateId, qint64 memberId, int criterionIndex,
                              std::optional<int> note)
{
    StoreWrite write(m_database, operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    Result<SheetForWriting> opened = openCellForWriting(write, promotionNumber, candidateId, memberId);
    if (!opened)
        return Outcome::failure(opened.error());
    const Promotion &owner = opened.value().promotion;
    ScoreSheet &sheet = opened.value().sheet;
    const std::optional<int> old = sheet.note(candidateId, memberId, criterionIndex);
    NoteRepository noteRows(write.connection());
    if (note) {
        if (const Outcome noted = sheet.setNote(candidateId, memberId, criterionIndex, *note); !noted)
            return noted;
        if (old == note)
            return Outcome::success();
        if (const Outcome written = noteRows.set(candidateId, memberId, sheet.criteria().at(criterionIndex).id, *note);
            !written)
            return written;
    } else {
        if (!sheet.hasCandidate(candidateId) || !sheet.hasMember(memberId) || criterionIndex < 0 ||
            criterionIndex >= sheet.criteria().count())
            return Outcome::failure(tr("There is no such note to clear in %1.").arg(owner.label()));
        if (!old)
            return Outcome::success();
        if (const Outcome removed = noteRows.remove(candidateId, memberId, sheet.criteria().at(criterionIndex).id);
            !removed)
            return removed;
    }
    write.audit(note ? AuditAction::scoreSet : AuditAction::scoreClear, owner.number,
                subjectOf(opened.value(), candidateId, memberId) + QStringLiteral(" / ") +
                    sheet.criteria().at(criterionIndex).name,
                noteText(old), noteText(note));
    write.notifyAfterCommit([this, number = owner.number] { emit scoresChanged(number); });
    return write.commit();
}

Result<QList<ScoreNote>> ScoringStore::recordRecusal(int promotionNumber, qint64 candidateId, qint64 memberId)
{
    using Notes = QList<ScoreNote>;
    StoreWrite write(m_database, operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return Result<Notes>::failure(begun.error());
    Result<SheetForWriting> opened = openSheetForWriting(write, promotionNumber);
    if (!opened)
        return Result<Notes>::failure(opened.error());
    const bool already = opened.value().sheet.isRecused(candidateId, memberId);
    const Result<Notes> removed = recordRecusalIn(write, opened.value(), candidateId, memberId);
    if (!removed || already)
        return removed;
    write.notifyAfterCommit([this, number = opened.value().promotion.number] { emit scoresChanged(number); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Notes>::failure(committed.error());
    return removed;
}

Result<QList<ScoreNote>> ScoringStore::recordRecusalIn(StoreWrite &write, SheetForWriting &opened, qint64 candidateId,
                                                       qint64 memberId) const
{
    using Notes = QList<ScoreNote>;
    ScoreSheet &sheet = opened.sheet;
    const bool already = sheet.isRecused(candidateId, memberId);
    const Result<Notes> removed = sheet.recordRecusal(candidateId, memberId);
    if (!removed || already)
        return removed;
    if (const Outcome cleared = NoteRepository(write.connection()).removeAll(candidateId, memberId); !cleared)
        return Result<Notes>::failure(cleared.error());
    if (const Outcome written = RecusalRepository(write.connection()).insert(candidateId, memberId); !written)
        return Result<Notes>::failure(written.error());
    QStringList removedText;
    for (const ScoreNote &note : removed.value())
        removedText.append(QStringLiteral("%1: %2").arg(sheet.criteria().at(note.criterionIndex).name).arg(note.note));
    write.audit(AuditAction::recusalRecord, opened.promotion.number, subjectOf(opened, candidateId, memberId),
                removedText.isEmpty() ? QString() : tr("notes removed: %1").arg(removedText.join(QStringLiteral("; "))),
                tr("recused"));
    return removed;
}

Outcome ScoringStore::liftRecusal(int promotionNumber, qint64 candidateId, qint64 memberId)
{
    StoreWrite write(m_database, operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    Result<SheetForWriting> opened = openSheetForWriting(write, promotionNumber);
    if (!opened)
        return Outcome::failure(opened.error());
    const Promotion &owner = opened.value().promotion;
    ScoreSheet &sheet = opened.value().sheet;
    const bool wasRecused = sheet.isRecused(candidateId, memberId);
    if (const Outcome lifted = sheet.liftRecusal(candidateId, memberId); !lifted)
        return lifted;
    if (!wasRecused)
        return Outcome::success();
    if (const Outcome removed = RecusalRepository(write.connection()).remove(candidateId, memberId); !removed)
        return removed;
    write.audit(AuditAction::recusalLift, owner.number, subjectOf(opened.value(), candidateId, memberId),
                tr("recused"));
    write.notifyAfterCommit([this, number = owner.number] { emit scoresChanged(number); });
    return write.commit();
}

Outcome ScoringStore::importScores(int promotionNumber, const QList<ScoreNote> &notes, const QList<Recusal> &recusals)
{
    StoreWrite write(m_database, operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    Result<SheetForWriting> opened = openSheetForWriting(write, promotionNumber);
    if (!opened)
        return Outcome::failure(opened.error());
    const Promotion &owner = opened.value().promotion;
    ScoreSheet &sheet = opened.value().sheet;

    for (const Recusal &recusal : recusals) {
        if (sheet.isRecused(recusal.first, recusal.second))
            continue;
        if (const Result<QList<ScoreNote>> recorded =
                recordRecusalIn(write, opened.value(), recusal.first, recusal.second);
            !recorded)
            return Outcome::failure(recorded.error());
    }
    NoteRepository noteRows(write.connection());
    for (const ScoreNote &note : notes) {
        const std::optional<int> old = sheet.note(note.candidateId, note.memberId, note.criterionIndex);
        if (const Outcome noted = sheet.setNote(note.candidateId, note.memberId, note.criterionIndex, note.note);
            !noted)
            return noted;
        if (old == note.note)
            continue;
        const Criterion &criterion = sheet.criteria().at(note.criterionIndex);
        if (const Outcome written = noteRows.set(note.candidateId, note.memberId, criterion.id, note.note); !written)
            return written;
        write.audit(AuditAction::scoreImport, owner.number,
                    subjectOf(opened.value(), note.candidateId, note.memberId) + QStringLiteral(" / ") + criterion.name,
                    noteText(old), QString::number(note.note));
    }
    write.notifyAfterCommit([this, number = owner.number] { emit scoresChanged(number); });
    return write.commit();
}

// --- Helpers --------------------------------------------------------------------------------------

QString ScoringStore::subjectOf(const SheetForWriting &opened, qint64 candidateId, qint64 memberId)
{
    return QStringList{opened.promotion.label(), candidateName(opened.candidates, candidateId),
                       memberName(opened.sheet, memberId)}
        .join(QStringLiteral(" / "));
}

QString ScoringStore::memberName(const ScoreSheet &sheet, qint64 memberId)
{
    for (const CommitteeMember &member : sheet.members()) {
        if (member.id == memberId)
            return member.name;
    }
    return QString::number(memberId);
}
