#pragma once

#include "domain/Result.h"

#include <QWidget>

#include <functional>

class CommitteeStore;
class DecisionStore;
class PromotionSnapshots;
class ScoringStore;
class StoreCommand;

// The base of the window's tabs that show one promotion (scoring grid, ranking, what-if): the window
// creates them with the stores it holds and tells them which promotion is shown. A page never writes
// the stores itself: every change is a StoreCommand given to pushCommand, which puts it on the window's
// undo stack and reports a refusal. Pages are recreated with each database, like the dashboard.
class PromotionPage : public QWidget
{
    Q_OBJECT

public:
    using CommandPusher = std::function<Outcome(StoreCommand *command)>;

    // What a page works with; tests give their own undo stack through pushCommand.
    struct Services
    {
        CommitteeStore &store;
        ScoringStore &scoring;
        DecisionStore &decisions;
        CommandPusher pushCommand;
        // The promotions as read once per change, shared by the pages (and followed instead of the stores).
        PromotionSnapshots &snapshots;
    };

    explicit PromotionPage(const Services &services, QWidget *parent = nullptr);

    // Shows the promotion with this number (0: none); called by the window when its selection changes.
    // A page inside the window that is not on screen (another tab is) only notes it and reads the
    // stores when it is shown: at start-up and on each change of promotion only the visible tab works.
    void setPromotion(int number);
    int promotionNumber() const { return m_promotionNumber; }
    // True while the page waits to be shown before reading the stores again.
    bool isStale() const { return m_stale; }

protected:
    // Re-reads the shown promotion from the stores; called after setPromotion (or when shown, if it came
    // while hidden) and by subclasses on the stores' signals, through reloadWhenShown().
    virtual void reload() = 0;
    // reload() now when on screen (or not inside a window: a page under test), else when next shown.
    void reloadWhenShown();
    void showEvent(QShowEvent *event) override;

    CommitteeStore &store() const { return m_services.store; }
    ScoringStore &scoring() const { return m_services.scoring; }
    DecisionStore &decisions() const { return m_services.decisions; }
    PromotionSnapshots &snapshots() const { return m_services.snapshots; }
    // Gives the command to the window's undo stack (which takes it); the refusal, if any, comes back.
    Outcome pushCommand(StoreCommand *command) const { return m_services.pushCommand(command); }

private:
    Services m_services;
    int m_promotionNumber = 0;
    bool m_stale = false;
};
