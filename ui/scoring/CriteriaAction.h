#pragma once

#include "shell/PromotionPage.h"

#include <QObject>

#include <functional>

class CriteriaDialog;
class DatabaseSession;
class QAction;
class QWidget;

// Promotion > Criteria and Weights… (Ctrl+Shift+K), and the Notation tab's "Criteria…" button: opens the
// criteria editor on the shown promotion, read-only (and saying why) once a note exists or the promotion is
// closed; its OK pushes a SetCriteriaCommand on the window's undo stack.
class CriteriaAction : public QObject
{
    Q_OBJECT

public:
    using PromotionShown = std::function<int()>;

    CriteriaAction(DatabaseSession &session, QWidget *window, PromotionShown shownPromotion,
                   PromotionPage::CommandPusher pushCommand);

    QAction *action() const { return m_action; }
    CriteriaDialog *openDialog();

    // The editor for one promotion, window-modal and deleted on close, in parent's font; null when the
    // promotion does not exist. Shared by the menu and the Notation tab.
    static CriteriaDialog *open(CommitteeStore &store, ScoringStore &scoring, PromotionSnapshots &snapshots,
                                const PromotionPage::CommandPusher &pushCommand, int promotionNumber, QWidget *parent);

private:
    DatabaseSession &m_session;
    QWidget *m_window;
    PromotionShown m_shownPromotion;
    PromotionPage::CommandPusher m_pushCommand;
    QAction *m_action;
};
