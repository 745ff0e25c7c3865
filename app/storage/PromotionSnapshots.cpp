#include "storage/PromotionSnapshots.h"

#include "storage/CandidateRepository.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

PromotionSnapshots::PromotionSnapshots(CommitteeStore &committee, ScoringStore &scoring, DecisionStore &decisions,
                                       QObject *parent)
    : QObject(parent), m_committee(committee), m_scoring(scoring), m_decisions(decisions)
{
    followStores();
}

void PromotionSnapshots::followStores()
{
    const auto promotionChanged = [this](int number) {
        invalidate(number);
    };
    connect(&m_committee, &CommitteeStore::candidatesChanged, this, promotionChanged);
    connect(&m_committee, &CommitteeStore::promotionsChanged, this, [this] { invalidate(everyPromotion); });
    connect(&m_scoring, &ScoringStore::membersChanged, this, promotionChanged);
    connect(&m_scoring, &ScoringStore::criteriaChanged, this, promotionChanged);
    connect(&m_scoring, &ScoringStore::scoresChanged, this, promotionChanged);
    connect(&m_decisions, &DecisionStore::decisionsChanged, this, promotionChanged);
}

std::shared_ptr<const PromotionSnapshot> PromotionSnapshots::of(int promotionNumber)
{
    const auto found = m_snapshots.find(promotionNumber);
    if (found != m_snapshots.end())
        return found->second;
    auto snapshot = std::make_shared<const PromotionSnapshot>(read(promotionNumber));
    m_snapshots.emplace(promotionNumber, snapshot);
    return snapshot;
}

void PromotionSnapshots::invalidate(int promotionNumber)
{
    if (promotionNumber == everyPromotion)
        m_snapshots.clear();
    else
        m_snapshots.erase(promotionNumber);
    emit changed(promotionNumber);
}

PromotionSnapshot PromotionSnapshots::read(int promotionNumber) const
{
    PromotionSnapshot snapshot;
    snapshot.number = promotionNumber;
    if (promotionNumber == everyPromotion)
        return snapshot;
    snapshot.promotion = m_committee.promotion(promotionNumber);
    if (!snapshot.promotion)
        return snapshot;
    snapshot.candidates = CandidateRepository(m_committee.database().connection()).forPromotion(snapshot.promotion->id);
    Result<ScoreSheet> sheet = m_scoring.scoreSheet(*snapshot.promotion, snapshot.candidates);
    if (sheet)
        snapshot.sheet = std::move(sheet.value());
    else
        snapshot.error = sheet.error();
    snapshot.compute();
    return snapshot;
}
