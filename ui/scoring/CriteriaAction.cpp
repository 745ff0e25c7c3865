#include "scoring/CriteriaAction.h"

#include "commands/SetCriteriaCommand.h"
#include "scoring/CriteriaDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/ShellAction.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/PromotionSnapshots.h"

#include <QMainWindow>

CriteriaAction::CriteriaAction(DatabaseSession &session, QWidget *window, PromotionShown shownPromotion,
                               PromotionPage::CommandPusher pushCommand)
    : QObject(window), m_session(session), m_window(window), m_shownPromotion(std::move(shownPromotion)),
      m_pushCommand(std::move(pushCommand)),
      m_action(ShellAction::make(window, tr("Criteria and &Weights…"), "criteriaAction",
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)))
{
    m_action->setStatusTip(tr("The criteria the members note and their weights, until the first note"));
    connect(m_action, &QAction::triggered, this, [this] { openDialog(); });
}

CriteriaDialog *CriteriaAction::openDialog()
{
    const int number = m_shownPromotion();
    if (!m_session.isOpen() || number == 0)
        return nullptr;
    // The window's pages carry session mode's large font; the dialog follows them.
    QWidget *fontSource = m_window;
    if (const auto *main = qobject_cast<QMainWindow *>(m_window); main && main->centralWidget())
        fontSource = main->centralWidget();
    CriteriaDialog *dialog =
        open(*m_session.store(), *m_session.scoring(), *m_session.snapshots(), m_pushCommand, number, m_window);
    if (dialog)
        dialog->setFont(fontSource->font());
    return dialog;
}

CriteriaDialog *CriteriaAction::open(CommitteeStore &store, ScoringStore &scoring, PromotionSnapshots &snapshots,
                                     const PromotionPage::CommandPusher &pushCommand, int promotionNumber,
                                     QWidget *parent)
{
    const std::shared_ptr<const PromotionSnapshot> snapshot = snapshots.of(promotionNumber);
    if (!snapshot->promotion)
        return nullptr;
    QString readOnlyReason;
    const ServerRole role = store.database().serverRole();
    if (snapshot->promotion->isClosed())
        readOnlyReason = tr("FAST%1 is closed: its criteria can no longer change.").arg(promotionNumber);
    else if (!role.mayChangeCommittee())
        // Shown rather than refused at the end: a member may read the criteria, the server lets only the
        // secretariat change them.
        readOnlyReason = tr("Your role on this committee (%1) may not change the criteria.").arg(role.label());
    else if (const Outcome allowed = snapshot->sheet.checkCanChangeCriteria(); !allowed)
        readOnlyReason = allowed.error();
    const CriteriaSet before = snapshot->sheet.criteria();
    auto *dialog = new CriteriaDialog(before, promotionNumber, readOnlyReason, parent);
    dialog->setApplier([&store, &scoring, pushCommand, promotionNumber, before](const CriteriaSet &after) {
        return pushCommand(new SetCriteriaCommand(store, scoring, promotionNumber, before, after));
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFont(parent->font());
    dialog->open();
    return dialog;
}
