#include "shell/WorkflowActions.h"

#include "ranking/RankingView.h"
#include "scoring/ScoringGridView.h"
#include "shell/LazyPageHost.h"
#include "shell/ShellAction.h"

#include <QTabWidget>

WorkflowActions::WorkflowActions(QTabWidget *tabs)
    : QObject(tabs), m_tabs(tabs),
      m_addMembersAction(ShellAction::make(tabs->window(), tr("Add Committee &Members…"), "addMembersAction",
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M))),
      m_copyCommitteeAction(
          ShellAction::make(tabs->window(), tr("Cop&y the Committee of Another Promotion…"), "copyCommitteeAction")),
      m_proposeAction(ShellAction::make(tabs->window(), tr("Propose &Laureates…"), "proposeLaureatesAction",
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)))
{
    connect(m_addMembersAction, &QAction::triggered, this, [this] {
        if (auto *grid = qobject_cast<ScoringGridView *>(showPage(QStringLiteral("scoringTab"))))
            grid->askForMembers();
    });
    connect(m_copyCommitteeAction, &QAction::triggered, this, [this] {
        if (auto *grid = qobject_cast<ScoringGridView *>(showPage(QStringLiteral("scoringTab"))))
            grid->askToCopyCommittee();
    });
    connect(m_proposeAction, &QAction::triggered, this, [this] {
        if (auto *ranking = qobject_cast<RankingView *>(showPage(QStringLiteral("rankingTab"))))
            ranking->proposeLaureates();
    });
}

QList<QAction *> WorkflowActions::actions() const
{
    return {nullptr, m_addMembersAction, m_copyCommitteeAction, nullptr, m_proposeAction};
}

void WorkflowActions::updateActions(const std::optional<Promotion> &promotion)
{
    const bool writable = promotion && !promotion->isClosed();
    for (QAction *action : {m_addMembersAction, m_copyCommitteeAction, m_proposeAction})
        action->setEnabled(writable);
}

QWidget *WorkflowActions::showPage(const QString &hostName) const
{
    auto *host = m_tabs->findChild<LazyPageHost *>(hostName);
    if (!host)
        return nullptr;
    m_tabs->setCurrentWidget(host);
    return host->ensurePage();
}
