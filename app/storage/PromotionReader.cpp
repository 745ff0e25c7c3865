#include "PromotionReader.h"

#include "CandidateRepository.h"
#include "CriterionRepository.h"
#include "MemberRepository.h"
#include "PromotionRepository.h"
#include "RecusalRepository.h"

#include <QCoreApplication>

PromotionReader::PromotionReader(QSqlDatabase connection) : m_connection(std::move(connection))
{}

Result<ScoreSheet> PromotionReader::sheet(const Promotion &promotion, const QList<Candidate> &candidates) const
{
    const Result<QList<NoteRepository::Row>> notes = NoteRepository(m_connection).forPromotion(promotion.id);
    if (!notes)
        return Result<ScoreSheet>::failure(notes.error());
    return sheet(promotion, candidates, notes.value());
}

Result<ScoreSheet> PromotionReader::sheet(const Promotion &promotion, const QList<Candidate> &candidates,
                                          const QList<NoteRepository::Row> &notes) const
{
    ScoreSheet read;
    // Each read refuses the sheet when it fails: a sheet without its criteria, members or recusals would
    // say that nobody has scored yet, and a write would act on that.
    const Result<CriteriaSet> stored = CriterionRepository(m_connection).forPromotion(promotion.id);
    if (!stored)
        return Result<ScoreSheet>::failure(stored.error());
    const CriteriaSet &criteria = stored.value();
    if (const Outcome set = read.setCriteria(criteria); !set)
        return Result<ScoreSheet>::failure(
            QCoreApplication::translate("ScoringStore", "The criteria of %1 cannot be read: %2")
                .arg(promotion.label(), set.error()));
    const Result<QList<CommitteeMember>> members = MemberRepository(m_connection).forPromotion(promotion.id);
    if (!members)
        return Result<ScoreSheet>::failure(members.error());
    for (const CommitteeMember &member : members.value())
        read.addMember(member);
    for (const Candidate &candidate : candidates)
        read.addCandidate(candidate.id);
    // Recusals before notes: the database holds no note of a recused member, and the sheet would refuse one.
    const Result<QList<QPair<qint64, qint64>>> recusals = RecusalRepository(m_connection).forPromotion(promotion.id);
    if (!recusals)
        return Result<ScoreSheet>::failure(recusals.error());
    for (const QPair<qint64, qint64> &recusal : recusals.value())
        read.recordRecusal(recusal.first, recusal.second);
    for (const NoteRepository::Row &row : notes) {
        if (const Outcome noted =
                read.setNote(row.candidateId, row.memberId, criteria.indexOfId(row.criterionId), row.note);
            !noted)
            qWarning("notes: skipped a stored note: %s", qPrintable(noted.error()));
    }
    return Result<ScoreSheet>::success(read);
}

PromotionSnapshot PromotionReader::snapshot(int promotionNumber) const
{
    PromotionSnapshot snapshot;
    snapshot.number = promotionNumber;
    const Result<std::optional<Promotion>> promotion = PromotionRepository(m_connection).byNumber(promotionNumber);
    if (!promotion || !promotion.value()) {
        snapshot.error = promotion ? QString() : promotion.error();
        return snapshot;
    }
    // Without its candidates the promotion is not shown at all: its envelope would read as unspent.
    const Result<QList<Candidate>> candidates = CandidateRepository(m_connection).forPromotion(promotion.value()->id);
    if (!candidates) {
        snapshot.error = candidates.error();
        return snapshot;
    }
    snapshot.promotion = promotion.value();
    snapshot.candidates = candidates.value();
    Result<ScoreSheet> read = sheet(*snapshot.promotion, snapshot.candidates);
    if (read)
        snapshot.sheet = std::move(read.value());
    else
        snapshot.error = read.error();
    snapshot.compute();
    return snapshot;
}
