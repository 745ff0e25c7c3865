#include "shell/PageTabs.h"

#include "dashboard/DashboardView.h"
#include "followup/FollowUpView.h"
#include "ranking/RankingView.h"
#include "scoring/ScoringGridView.h"
#include "shell/DatabaseSession.h"
#include "shell/LazyPageHost.h"
#include "shell/ShellAction.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"
#include "whatif/WhatIfView.h"

#include <QCoreApplication>
#include <QTabWidget>

PageTabs::PageTabs(QTabWidget *tabs, DatabaseSession &session, PromotionPage::CommandPusher pushCommand)
    : QObject(tabs), m_tabs(tabs), m_session(session), m_pushCommand(std::move(pushCommand)),
      m_dashboardAction(ShellAction::make(tabs->window(), QCoreApplication::translate("MainWindow", "&Dashboard"),
                                          "dashboardAction", QKeySequence(Qt::Key_F9)))
{
    m_dashboardAction->setCheckable(true);
    connect(m_dashboardAction, &QAction::toggled, this, [this](bool on) {
        if (m_dashboardHost)
            m_tabs->setCurrentWidget(on ? static_cast<QWidget *>(m_dashboardHost) : m_tabs->widget(0));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const QSignalBlocker blocker(m_dashboardAction);
        if (auto *host = qobject_cast<LazyPageHost *>(m_tabs->currentWidget()))
            host->ensurePage();
        m_dashboardAction->setChecked(m_dashboardHost && m_tabs->currentWidget() == m_dashboardHost);
    });
}

void PageTabs::addTabs()
{
    if (!m_hosts.isEmpty())
        return;
    const auto addHost = [this](const QString &name, const QString &tabTitle, LazyPageHost::Builder builder) {
        auto *host = new LazyPageHost(std::move(builder));
        host->setObjectName(name);
        m_hosts.append(host);
        m_tabs->addTab(host, tabTitle);
        return host;
    };
    const auto services = [this] {
        return PromotionPage::Services{*m_session.store(), *m_session.scoring(), *m_session.decisions(), m_pushCommand,
                                       *m_session.snapshots()};
    };
    // In tab order, between the candidates and the dashboard. The titles were written in the window and
    // are translated under its context.
    addHost(QStringLiteral("scoringTab"), QCoreApplication::translate("MainWindow", "&Scoring"),
            [this, services] { return buildPromotionPage(new ScoringGridView(services())); });
    addHost(QStringLiteral("rankingTab"), QCoreApplication::translate("MainWindow", "&Ranking"),
            [this, services] { return buildPromotionPage(new RankingView(services())); });
    addHost(QStringLiteral("whatIfTab"), QCoreApplication::translate("MainWindow", "&What-if"),
            [this, services] { return buildPromotionPage(new WhatIfView(services())); });
    addHost(QStringLiteral("followUpTab"), QCoreApplication::translate("MainWindow", "F&ollow-up"),
            [this, services] { return buildPromotionPage(new FollowUpView(services(), *m_session.followUp())); });
    m_dashboardHost = addHost(QStringLiteral("dashboardTab"), QCoreApplication::translate("MainWindow", "Dash&board"),
                              [this] { return buildDashboard(); });
}

void PageTabs::dropPages()
{
    m_promotionNumber = 0;
    for (LazyPageHost *host : std::as_const(m_hosts))
        host->dropPage();
}

QWidget *PageTabs::dashboardHost() const
{
    return m_dashboardHost;
}

QWidget *PageTabs::buildPromotionPage(PromotionPage *page)
{
    page->setPromotion(m_promotionNumber);
    return page;
}

QWidget *PageTabs::buildDashboard()
{
    // Given a parent, the dashboard reads the fund only when shown, which the host does next.
    m_dashboardView =
        new DashboardView(*m_session.store(), *m_session.snapshots(), *m_session.followUp(), m_dashboardHost);
    m_dashboardView->setObjectName(QStringLiteral("dashboardView"));
    connect(m_dashboardView, &DashboardView::promotionChosen, this, &PageTabs::promotionChosen);
    connect(m_dashboardView, &DashboardView::readFailed, &m_session, &DatabaseSession::reportReadFailure);
    if (m_promotionNumber != 0)
        m_dashboardView->setPromotion(m_promotionNumber);
    updateDashboardProposal();
    return m_dashboardView;
}

QList<PromotionPage *> PageTabs::promotionPages() const
{
    QList<PromotionPage *> pages;
    for (const LazyPageHost *host : m_hosts) {
        if (auto *page = qobject_cast<PromotionPage *>(host->page()))
            pages.append(page);
    }
    return pages;
}

void PageTabs::setPromotion(int number)
{
    m_promotionNumber = number;
    for (PromotionPage *page : promotionPages()) {
        // None shown: every page forgets its promotion; else only those showing another one read again.
        if (number == 0 || page->promotionNumber() != number)
            page->setPromotion(number);
    }
    if (number == 0)
        return;
    if (m_dashboardView && m_dashboardView->promotionNumber() != number)
        m_dashboardView->setPromotion(number);
    updateDashboardProposal();
}

void PageTabs::updateDashboardProposal()
{
    // The gauge's "proposed" part: the proposal's laureates the committee has not decided yet.
    if (!m_session.store() || !m_dashboardView || m_dashboardView->promotionNumber() == 0)
        return;
    m_dashboardView->setProposedAmount(
        m_session.snapshots()->of(m_dashboardView->promotionNumber())->proposedUndecided);
}
