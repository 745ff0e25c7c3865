#pragma once

#include "storage/PromotionSnapshot.h"

#include <QObject>

#include <map>
#include <memory>

class CommitteeStore;
class DecisionStore;
class ScoringStore;

// The promotions the window shows, each read once per change and shared by every page that shows it
// (the scoring grid, the ranking with its gauge and proposal, the what-if page, the dashboard's proposed
// amount, the scoring commands). A snapshot is read on first demand and kept until a store says the
// promotion changed; the pages then follow changed(), never the stores' signals themselves, so that they
// can never read a snapshot the store has just made stale. Create it right after the stores, before
// anything else connects to them: its slots must run first.
class PromotionSnapshots : public QObject
{
    Q_OBJECT

public:
    // The number changed() gives when every promotion may have changed (one was added, closed,
    // renumbered).
    static constexpr int everyPromotion = 0;

    PromotionSnapshots(CommitteeStore &committee, ScoringStore &scoring, DecisionStore &decisions,
                       QObject *parent = nullptr);

    // The promotion as it stands, read now unless it was since the last change. Never null; a snapshot
    // without promotion when the number is 0 or unknown, or with the read's message in error when it could not
    // be read (PromotionReader::snapshot); such a one is not kept, so the next call reads again.
    std::shared_ptr<const PromotionSnapshot> of(int promotionNumber);
    // Forgets the promotion (everyPromotion: all of them) and says so through changed().
    void invalidate(int promotionNumber);

    CommitteeStore &committee() const { return m_committee; }
    ScoringStore &scoring() const { return m_scoring; }

signals:
    // The promotion's snapshot is stale: a page showing it reads of() again. everyPromotion: any.
    void changed(int promotionNumber);
    // of() could not read the promotion (the snapshot's error, which the pages show as they can): for the
    // window's status bar, so that an unreadable database never passes for an empty promotion.
    void readFailed(int promotionNumber, const QString &message);

private:
    // Every connection to the stores, in one place: the signals that make a promotion's snapshot stale.
    void followStores();
    PromotionSnapshot read(int promotionNumber) const;

    CommitteeStore &m_committee;
    ScoringStore &m_scoring;
    DecisionStore &m_decisions;
    std::map<int, std::shared_ptr<const PromotionSnapshot>> m_snapshots;
};
