#include "ScoringStore.h"

#include "AuditLogRepository.h"
#include "CandidateRepository.h"
#include "CommitteeStore.h"
#include "CriterionRepository.h"
#include "Database.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PromotionRepository.h"
#include "RecusalRepository.h"
#include "TransactionGuard.h"

#include "domain/AuditAction.h"
#include "domain/AuditEntry.h"
#include "domain/NameText.h"
#include "domain/Ranking.h"
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

Result<Promotion> ScoringStore::findPromotion(int promotionNumber, bool forWriting) const
{
    const std::optional<Promotion> promotion = PromotionRepository(m_database.connection()).byNumber(promotionNumber);
    if (!promotion)
        return Result<Promotion>::failure(tr("There is no promotion FAST%1.").arg(promotionNumber));
    if (forWriting && promotion->isClosed())
        return Result<Promotion>::failure(tr("%1 is closed: reopen it before changing it.").arg(promotion->label()));
    return Result<Promotion>::success(*promotion);
}

QList<CommitteeMember> ScoringStore::members(int promotionNumber) const
{
    const Result<Promotion> promotion = findPromotion(promotionNumber, false);
    if (!promotion)
        return {};
    return MemberRepository(m_database.connection()).forPromotion(promotion.value().id);
}

CriteriaSet ScoringStore::criteria(int promotionNumber) const
{
    const Result<Promotion> promotion = findPromotion(promotionNumber, false);
    if (!promotion)
        return CriteriaSet();
    return CriterionRepository(m_database.connection()).forPromotion(promotion.value().id);
}

Result<ScoreSheet> ScoringStore::loadSheet(const Promotion &promotion, const QList<Candidate> &candidates) const
{
    const QSqlDatabase connection = m_database.connection();
    ScoreSheet sheet;
    const CriteriaSet criteria = CriterionRepository(connection).forPromotion(promotion.id);
    if (const Outcome set = sheet.setCriteria(criteria); !set)
        return Result<ScoreSheet>::failure(
            tr("The criteria of %1 cannot be read: %2").arg(promotion.label(), set.error()));
    for (const CommitteeMember &member : MemberRepository(connection).forPromotion(promotion.id))
        sheet.addMember(member);
    for (const Candidate &candidate : candidates)
        sheet.addCandidate(candidate.id);
    // Recusals before notes: the database holds no note of a recused member, and the sheet would refuse one.
    for (const Recusal &recusal : RecusalRepository(connection).forPromotion(promotion.id))
        sheet.recordRecusal(recusal.first, recusal.second);
    for (const NoteRepository::Row &row : NoteRepository(connection).forPromotion(promotion.id)) {
        if (const Outcome noted =
                sheet.setNote(row.candidateId, row.memberId, criteria.indexOfId(row.criterionId), row.note);
            !noted)
            qWarning("notes: skipped a stored note: %s", qPrintable(noted.error()));
    }
    return Result<ScoreSheet>::success(sheet);
}

Result<ScoreSheet> ScoringStore::scoreSheet(int promotionNumber) const
{
    const Result<Promotion> promotion = findPromotion(promotionNumber, false);
    if (!promotion)
        return Result<ScoreSheet>::failure(promotion.error());
    return loadSheet(promotion.value(),
                     CandidateRepository(m_database.connection()).forPromotion(promotion.value().id));
}

Result<ScoreSheet> ScoringStore::scoreSheet(const Promotion &promotion, const QList<Candidate> &candidates) const
{
    return loadSheet(promotion, candidates);
}

QList<RankingCandidate> ScoringStore::rankingCandidates(const Promotion &promotion,
                                                        const QList<Candidate> &candidates) const
{
    QList<RankingCandidate> list;
    list.reserve(candidates.size());
    for (const Candidate &candidate : candidates)
        list.append(RankingCandidate::fromCandidate(candidate, promotion.rule));
    return list;
}

Result<QList<RankedCandidate>> ScoringStore::ranking(int promotionNumber) const
{
    const Result<Promotion> promotion = findPromotion(promotionNumber, false);
    if (!promotion)
        return Result<QList<RankedCandidate>>::failure(promotion.error());
    const QList<Candidate> candidates = CandidateRepository(m_database.connection()).forPromotion(promotion.value().id);
    const Result<ScoreSheet> sheet = loadSheet(promotion.value(), candidates);
    if (!sheet)
        return Result<QList<RankedCandidate>>::failure(sheet.error());
    return Result<QList<RankedCandidate>>::success(
        Ranking::rank(sheet.value(), rankingCandidates(promotion.value(), candidates)));
}

Result<Proposal> ScoringStore::proposal(int promotionNumber) const
{
    const Result<Promotion> promotion = findPromotion(promotionNumber, false);
    if (!promotion)
        return Result<Proposal>::failure(promotion.error());
    const Result<QList<RankedCandidate>> rows = ranking(promotionNumber);
    if (!rows)
        return Result<Proposal>::failure(rows.error());
    return Result<Proposal>::success(Proposal::propose(rows.value(), promotion.value()));
}

Result<ScoringStore::SheetForWriting> ScoringStore::openSheetForWriting(int promotionNumber) const
{
    const Result<Promotion> promotion = findPromotion(promotionNumber, true);
    if (!promotion)
        return Result<SheetForWriting>::failure(promotion.error());
    SheetForWriting opened{promotion.value(),
                           CandidateRepository(m_database.connection()).forPromotion(promotion.value().id),
                           ScoreSheet()};
    Result<ScoreSheet> loaded = loadSheet(opened.promotion, opened.candidates);
    if (!loaded)
        return Result<SheetForWriting>::failure(loaded.error());
    opened.sheet = std::move(loaded.value());
    return Result<SheetForWriting>::success(std::move(opened));
}

Result<Money> ScoringStore::proposedUndecided(int promotionNumber) const
{
    const Result<Proposal> proposed = proposal(promotionNumber);
    if (!proposed)
        return Result<Money>::failure(proposed.error());
    QSet<qint64> undecided;
    for (const Candidate &candidate : m_committee.candidates(promotionNumber)) {
        if (candidate.decision == Decision::None)
            undecided.insert(candidate.id);
    }
    Money total;
    for (const ProposedDecision &decision : proposed.value().decisions()) {
        if (decision.decision == Decision::Laureate && undecided.contains(decision.candidateId))
            total += decision.granted;
    }
    return Result<Money>::success(total);
}

// --- Members and criteria -------------------------------------------------------------------------

Result<QList<CommitteeMember>> ScoringStore::addMembers(int promotionNumber, const QStringList &names)
{
    using Members = QList<CommitteeMember>;
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<Members>::failure(transaction.beginError());
    const Result<Promotion> promotion = findPromotion(promotionNumber, true);
    if (!promotion)
        return Result<Members>::failure(promotion.error());
    const Promotion &owner = promotion.value();
    if (names.isEmpty())
        return Result<Members>::failure(tr("Give at least one committee member's name."));

    // The sheet checks the names against the committee and against each other, before anything is written.
    MemberRepository memberRows(m_database.connection());
    ScoreSheet check;
    for (const CommitteeMember &member : memberRows.forPromotion(owner.id))
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

    AuditLogRepository auditRows(m_database.connection());
    Members added;
    for (const QString &trimmed : std::as_const(stored)) {
        const Result<qint64> id = memberRows.insert(owner.id, trimmed);
        if (!id)
            return Result<Members>::failure(id.error());
        added.append({id.value(), trimmed});
        if (const Outcome logged =
                auditRows.append(auditEntry(AuditAction::memberAdd, owner.number,
                                            owner.label() + QStringLiteral(" / ") + trimmed, QString(), trimmed));
            !logged)
            return Result<Members>::failure(logged.error());
    }
    if (const Outcome committed = transaction.commit(); !committed)
        return Result<Members>::failure(committed.error());
    emit membersChanged(owner.number);
    return Result<Members>::success(added);
}

Outcome ScoringStore::removeMember(int promotionNumber, qint64 memberId)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    Result<SheetForWriting> opened = openSheetForWriting(promotionNumber);
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
    if (const Outcome removed = MemberRepository(m_database.connection()).remove(memberId); !removed)
        return removed;
    if (const Outcome logged = AuditLogRepository(m_database.connection())
                                   .append(auditEntry(AuditAction::memberRemove, owner.number,
                                                      owner.label() + QStringLiteral(" / ") + name, name, QString()));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit membersChanged(owner.number);
    return Outcome::success();
}

Outcome ScoringStore::setCriteria(int promotionNumber, const CriteriaSet &criteria)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    const Result<Promotion> promotion = findPromotion(promotionNumber, true);
    if (!promotion)
        return Outcome::failure(promotion.error());
    const Promotion &owner = promotion.value();
    Result<ScoreSheet> sheet = scoreSheet(owner.number);
    if (!sheet)
        return Outcome::failure(sheet.error());
    const CriteriaSet before = sheet.value().criteria();
    if (const Outcome allowed = sheet.value().setCriteria(criteria); !allowed)
        return allowed;
    // Names stored as the text policy says (NFC, trimmed), once validate() has accepted them.
    const CriteriaSet stored = criteria.normalised();
    const QString oldText = describeCriteria(before);
    const QString newText = describeCriteria(stored);
    if (oldText == newText)
        return Outcome::success();
    if (const Outcome written = CriterionRepository(m_database.connection()).replace(owner.id, stored); !written)
        return written;
    if (const Outcome logged = AuditLogRepository(m_database.connection())
                                   .append(auditEntry(AuditAction::criteriaUpdate, owner.number,
                                                      owner.label() + QStringLiteral(" / criteria"), oldText, newText));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit criteriaChanged(owner.number);
    return Outcome::success();
}

// --- Notes and recusals ---------------------------------------------------------------------------

Outcome ScoringStore::setNote(int promotionNumber, qint64 candidateId, qint64 memberId, int criterionIndex,
                              std::optional<int> note)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    Result<SheetForWriting> opened = openSheetForWriting(promotionNumber);
    if (!opened)
        return Outcome::failure(opened.error());
    const Promotion &owner = opened.value().promotion;
    const QList<Candidate> &candidates = opened.value().candidates;
    ScoreSheet &sheet = opened.value().sheet;
    const std::optional<int> old = sheet.note(candidateId, memberId, criterionIndex);
    NoteRepository noteRows(m_database.connection());
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
    const QString subject = QStringList{owner.label(), candidateName(candidates, candidateId),
                                        memberName(sheet, memberId), sheet.criteria().at(criterionIndex).name}
                                .join(QStringLiteral(" / "));
    if (const Outcome logged = AuditLogRepository(m_database.connection())
                                   .append(auditEntry(note ? AuditAction::scoreSet : AuditAction::scoreClear,
                                                      owner.number, subject, noteText(old), noteText(note)));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit scoresChanged(owner.number);
    return Outcome::success();
}

Result<QList<ScoreNote>> ScoringStore::recordRecusal(int promotionNumber, qint64 candidateId, qint64 memberId)
{
    using Notes = QList<ScoreNote>;
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<Notes>::failure(transaction.beginError());
    Result<SheetForWriting> opened = openSheetForWriting(promotionNumber);
    if (!opened)
        return Result<Notes>::failure(opened.error());
    const Promotion &owner = opened.value().promotion;
    const QList<Candidate> &candidates = opened.value().candidates;
    ScoreSheet &sheet = opened.value().sheet;
    const bool already = sheet.isRecused(candidateId, memberId);
    const Result<Notes> removed = sheet.recordRecusal(candidateId, memberId);
    if (!removed)
        return removed;
    if (already)
        return removed;
    if (const Outcome cleared = NoteRepository(m_database.connection()).removeAll(candidateId, memberId); !cleared)
        return Result<Notes>::failure(cleared.error());
    if (const Outcome written = RecusalRepository(m_database.connection()).insert(candidateId, memberId); !written)
        return Result<Notes>::failure(written.error());
    QStringList removedText;
    for (const ScoreNote &note : removed.value())
        removedText.append(QStringLiteral("%1: %2").arg(sheet.criteria().at(note.criterionIndex).name).arg(note.note));
    const QString subject =
        QStringList{owner.label(), candidateName(candidates, candidateId), memberName(sheet, memberId)}.join(
            QStringLiteral(" / "));
    if (const Outcome logged =
            AuditLogRepository(m_database.connection())
                .append(auditEntry(AuditAction::recusalRecord, owner.number, subject,
                                   removedText.isEmpty()
                                       ? QString()
                                       : tr("notes removed: %1").arg(removedText.join(QStringLiteral("; "))),
                                   tr("recused")));
        !logged)
        return Result<Notes>::failure(logged.error());
    if (const Outcome committed = transaction.commit(); !committed)
        return Result<Notes>::failure(committed.error());
    emit scoresChanged(owner.number);
    return removed;
}

Outcome ScoringStore::liftRecusal(int promotionNumber, qint64 candidateId, qint64 memberId)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    Result<SheetForWriting> opened = openSheetForWriting(promotionNumber);
    if (!opened)
        return Outcome::failure(opened.error());
    const Promotion &owner = opened.value().promotion;
    const QList<Candidate> &candidates = opened.value().candidates;
    ScoreSheet &sheet = opened.value().sheet;
    const bool wasRecused = sheet.isRecused(candidateId, memberId);
    if (const Outcome lifted = sheet.liftRecusal(candidateId, memberId); !lifted)
        return lifted;
    if (!wasRecused)
        return Outcome::success();
    if (const Outcome removed = RecusalRepository(m_database.connection()).remove(candidateId, memberId); !removed)
        return removed;
    const QString subject =
        QStringList{owner.label(), candidateName(candidates, candidateId), memberName(sheet, memberId)}.join(
            QStringLiteral(" / "));
    if (const Outcome logged = AuditLogRepository(m_database.connection())
                                   .append(auditEntry(AuditAction::recusalLift, owner.number, subject, tr("recused")));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit scoresChanged(owner.number);
    return Outcome::success();
}

Outcome ScoringStore::importScores(int promotionNumber, const QList<ScoreNote> &notes, const QList<Recusal> &recusals)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    Result<SheetForWriting> opened = openSheetForWriting(promotionNumber);
    if (!opened)
        return Outcome::failure(opened.error());
    const Promotion &owner = opened.value().promotion;
    const QList<Candidate> &candidates = opened.value().candidates;
    ScoreSheet &sheet = opened.value().sheet;

    NoteRepository noteRows(m_database.connection());
    RecusalRepository recusalRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());
    const QDateTime now = QDateTime::currentDateTimeUtc(); // one import, one moment
    // Written together at the end (AuditLogRepository::appendAll batches the rows that share their
    // context), in the same transaction as the notes.
    QList<AuditEntry> entries;
    const auto log = [&](QLatin1String action, const QString &subject, const QString &oldValue,
                         const QString &newValue) {
        AuditEntry entry = auditEntry(action, owner.number, subject, oldValue, newValue);
        entry.at = now;
        entries.append(entry);
    };
    const auto subjectOf = [&](qint64 candidateId, qint64 memberId) {
        return QStringList{owner.label(), candidateName(candidates, candidateId), memberName(sheet, memberId)}.join(
            QStringLiteral(" / "));
    };

    for (const Recusal &recusal : recusals) {
        if (sheet.isRecused(recusal.first, recusal.second))
            continue;
        const Result<QList<ScoreNote>> removed = sheet.recordRecusal(recusal.first, recusal.second);
        if (!removed)
            return Outcome::failure(removed.error());
        if (const Outcome cleared = noteRows.removeAll(recusal.first, recusal.second); !cleared)
            return cleared;
        if (const Outcome written = recusalRows.insert(recusal.first, recusal.second); !written)
            return written;
        QStringList removedText;
        for (const ScoreNote &note : removed.value())
            removedText.append(
                QStringLiteral("%1: %2").arg(sheet.criteria().at(note.criterionIndex).name).arg(note.note));
        log(AuditAction::recusalRecord, subjectOf(recusal.first, recusal.second),
            removedText.isEmpty() ? QString() : tr("notes removed: %1").arg(removedText.join(QStringLiteral("; "))),
            tr("recused"));
    }
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
        log(AuditAction::scoreImport,
            subjectOf(note.candidateId, note.memberId) + QStringLiteral(" / ") + criterion.name, noteText(old),
            QString::number(note.note));
    }
    if (const Outcome logged = auditRows.appendAll(entries); !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit scoresChanged(owner.number);
    return Outcome::success();
}

// --- Decisions ------------------------------------------------------------------------------------

Result<QList<ProposedDecision>> ScoringStore::applyProposal(int promotionNumber)
{
    using Changes = QList<ProposedDecision>;
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<Changes>::failure(transaction.beginError());
    const Result<Promotion> promotion = findPromotion(promotionNumber, true);
    if (!promotion)
        return Result<Changes>::failure(promotion.error());
    const Promotion &owner = promotion.value();
    const Result<Proposal> proposed = proposal(owner.number);
    if (!proposed)
        return Result<Changes>::failure(proposed.error());

    CandidateRepository candidateRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());
    QHash<qint64, Candidate> byId;
    for (const Candidate &candidate : candidateRows.forPromotion(owner.id))
        byId.insert(candidate.id, candidate);
    const QDateTime now = QDateTime::currentDateTimeUtc(); // one proposal applied, one moment
    Changes changed;
    for (const ProposedDecision &decision : proposed.value().decisions()) {
        const auto found = byId.constFind(decision.candidateId);
        if (found == byId.cend())
            continue;
        Candidate updated = found.value();
        if (updated.decision == decision.decision && updated.granted == decision.granted)
            continue;
        // The proposal never grants 0 € or more than eligible; checked here too, as every decision path
        // does, so that no laureate outside 0 < granted ≤ eligible is ever written (rules.md).
        if (decision.decision == Decision::Laureate) {
            if (const Outcome allowed =
                    owner.rule.checkGranted(decision.granted, updated.annualBudget, updated.requested);
                !allowed)
                return Result<Changes>::failure(tr("%1: %2").arg(updated.name, allowed.error()));
        }
        updated.decision = decision.decision;
        updated.granted = decision.granted;
        if (const Outcome written = candidateRows.update(updated); !written)
            return Result<Changes>::failure(written.error());
        AuditEntry entry =
            auditEntry(AuditAction::proposalApply, owner.number, owner.label() + QStringLiteral(" / ") + updated.name,
                       describeDecision(found.value().decision, found.value().granted),
                       describeDecision(updated.decision, updated.granted));
        entry.at = now;
        if (const Outcome logged = auditRows.append(entry); !logged)
            return Result<Changes>::failure(logged.error());
        changed.append(decision);
    }
    if (changed.isEmpty())
        return Result<Changes>::success(changed);
    if (const Outcome committed = transaction.commit(); !committed)
        return Result<Changes>::failure(committed.error());
    emit decisionsChanged(owner.number);
    emit m_committee.candidatesChanged(owner.number);
    return Result<Changes>::success(changed);
}

Outcome ScoringStore::setDecision(qint64 candidateId, Decision decision, std::optional<Money> granted)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    CandidateRepository candidateRows(m_database.connection());
    const std::optional<Candidate> existing = candidateRows.byId(candidateId);
    if (!existing)
        return Outcome::failure(tr("This candidate no longer exists."));
    const std::optional<Promotion> owner = PromotionRepository(m_database.connection()).byId(existing->promotionId);
    if (!owner)
        return Outcome::failure(tr("This promotion no longer exists."));
    if (owner->isClosed())
        return Outcome::failure(tr("%1 is closed: reopen it before changing it.").arg(owner->label()));

    Candidate updated = *existing;
    updated.decision = decision;
    if (decision == Decision::Laureate) {
        updated.granted = granted.value_or(existing->eligibility(owner->rule).eligible);
        if (const Outcome allowed =
                owner->rule.checkGranted(updated.granted, existing->annualBudget, existing->requested);
            !allowed)
            return allowed;
    } else {
        if (granted && !granted->isZero())
            return Outcome::failure(tr("Only a laureate has a granted amount: %1 would be %2 with %3 granted.")
                                        .arg(existing->name, decisionDisplayName(decision), granted->toString()));
        updated.granted = Money();
    }
    if (updated.decision == existing->decision && updated.granted == existing->granted)
        return Outcome::success();
    if (const Outcome written = candidateRows.update(updated); !written)
        return written;
    if (const Outcome logged = AuditLogRepository(m_database.connection())
                                   .append(auditEntry(AuditAction::decisionUpdate, owner->number,
                                                      owner->label() + QStringLiteral(" / ") + updated.name,
                                                      describeDecision(existing->decision, existing->granted),
                                                      describeDecision(updated.decision, updated.granted)));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit decisionsChanged(owner->number);
    emit m_committee.candidatesChanged(owner->number);
    return Outcome::success();
}

Outcome ScoringStore::restoreDecisions(int promotionNumber, const QList<CandidateDecision> &decisions)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    const Result<Promotion> promotion = findPromotion(promotionNumber, true);
    if (!promotion)
        return Outcome::failure(promotion.error());
    const Promotion &owner = promotion.value();

    CandidateRepository candidateRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());
    QHash<qint64, Candidate> byId;
    for (const Candidate &candidate : candidateRows.forPromotion(owner.id))
        byId.insert(candidate.id, candidate);
    const QDateTime now = QDateTime::currentDateTimeUtc(); // one undo, one moment
    bool changed = false;
    for (const CandidateDecision &decision : decisions) {
        const auto found = byId.constFind(decision.candidateId);
        if (found == byId.cend())
            return Outcome::failure(tr("Candidate %1 is not in %2: its decision cannot be restored.")
                                        .arg(decision.candidateId)
                                        .arg(owner.label()));
        const Candidate &existing = found.value();
        if (decision.decision == Decision::Laureate) {
            if (const Outcome allowed =
                    owner.rule.checkGranted(decision.granted, existing.annualBudget, existing.requested);
                !allowed)
                return Outcome::failure(tr("%1: %2").arg(existing.name, allowed.error()));
        } else if (!decision.granted.isZero()) {
            return Outcome::failure(
                tr("Only a laureate has a granted amount: %1 would be %2 with %3 granted.")
                    .arg(existing.name, decisionDisplayName(decision.decision), decision.granted.toString()));
        }
        if (existing.decision == decision.decision && existing.granted == decision.granted)
            continue;
        Candidate updated = existing;
        updated.decision = decision.decision;
        updated.granted = decision.granted;
        if (const Outcome written = candidateRows.update(updated); !written)
            return written;
        AuditEntry entry = auditEntry(
            AuditAction::decisionUpdate, owner.number, owner.label() + QStringLiteral(" / ") + updated.name,
            describeDecision(existing.decision, existing.granted), describeDecision(updated.decision, updated.granted));
        entry.at = now;
        if (const Outcome logged = auditRows.append(entry); !logged)
            return logged;
        changed = true;
    }
    if (!changed)
        return Outcome::success();
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit decisionsChanged(owner.number);
    emit m_committee.candidatesChanged(owner.number);
    return Outcome::success();
}

// --- Helpers --------------------------------------------------------------------------------------

AuditEntry ScoringStore::auditEntry(QLatin1String action, int promotionNumber, const QString &subject,
                                    const QString &oldValue, const QString &newValue) const
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.operatorName = operatorName();
    entry.promotionNumber = promotionNumber;
    entry.action = action;
    entry.subject = subject;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return entry;
}

QString ScoringStore::describeCriteria(const CriteriaSet &criteria)
{
    // Stored data, not a sentence: the fund's labels and their weights, in order.
    QStringList parts;
    for (const Criterion &criterion : criteria.criteria())
        parts.append(QStringLiteral("%1 %2").arg(criterion.name.trimmed()).arg(criterion.weight));
    return parts.join(QStringLiteral("; "));
}

QString ScoringStore::describeDecision(Decision decision, Money granted)
{
    // Stable keys, like the candidates' audit rows, so the log reads the same in every language.
    if (decision == Decision::Laureate)
        return QStringLiteral("%1 %2").arg(decisionKey(decision), granted.toString());
    return decisionKey(decision);
}

QString ScoringStore::memberName(const ScoreSheet &sheet, qint64 memberId)
{
    for (const CommitteeMember &member : sheet.members()) {
        if (member.id == memberId)
            return member.name;
    }
    return QString::number(memberId);
}
