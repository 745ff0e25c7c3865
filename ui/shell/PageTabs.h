#pragma once

#include "shell/PromotionPage.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class DashboardView;
class DatabaseSession;
class LazyPageHost;
class QAction;
class QTabWidget;

// The window's tabs after the candidates' one: the scoring grid, the ranking and the what-if (each a
// PromotionPage) and the dashboard, each built when its tab is first shown and dropped when another database
// opens. Tells them which promotion the window shows, and feeds the dashboard's gauge the proposal's
// undecided laureates, which the dashboard does not read itself. View > Dashboard (F9) switches between the
// dashboard and the first tab, the candidates'.
class PageTabs : public QObject
{
    Q_OBJECT

public:
    PageTabs(QTabWidget *tabs, DatabaseSession &session, PromotionPage::CommandPusher pushCommand);

    // Adds the tabs once (a database is open); their pages are built when first shown.
    void addTabs();
    // Deletes the built pages: they refer to the stores, which are about to go.
    void dropPages();
    // The promotion pages built so far, in tab order.
    QList<PromotionPage *> promotionPages() const;
    QWidget *dashboardHost() const;
    // Checked while the dashboard is the current tab.
    QAction *dashboardAction() const { return m_dashboardAction; }

    // The promotion the window shows (0: none).
    void setPromotion(int number);
    // The gauge's "proposed" part, read again after a change of scores, decisions or candidates.
    void updateDashboardProposal();

signals:
    // A promotion chosen on the dashboard.
    void promotionChosen(int number);

private:
    QWidget *buildPromotionPage(PromotionPage *page);
    QWidget *buildDashboard();

    QTabWidget *m_tabs;
    DatabaseSession &m_session;
    PromotionPage::CommandPusher m_pushCommand;
    QAction *m_dashboardAction;
    int m_promotionNumber = 0;
    QList<LazyPageHost *> m_hosts;
    LazyPageHost *m_dashboardHost = nullptr;
    // Built when its tab is first shown; null before, and after another database is opened.
    QPointer<DashboardView> m_dashboardView;
};
