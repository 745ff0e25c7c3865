#include "storage/PromotionSnapshots.h"

#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/PromotionReader.h"
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
    // One that could not be read is not kept: the next page to ask reads again (a lock is soon released).
    if (snapshot->error.isEmpty())
        m_snapshots.emplace(promotionNumber, snapshot);
    else
        emit readFailed(promotionNumber, snapshot->error);
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
    if (promotionNumber == everyPromotion) {
        PromotionSnapshot snapshot;
        snapshot.number = promotionNumber;
        return snapshot;
    }
    return PromotionReader(m_committee.database().connection()).snapshot(promotionNumber);
}
