#include "shell/PromotionActions.h"

#include "candidates/CandidateTableModel.h"
#include "commands/AddPromotionCommand.h"
#include "commands/ClosePromotionCommand.h"
#include "commands/EditPromotionCommand.h"
#include "commands/ReopenPromotionCommand.h"
#include "history/ClosePromotionDialog.h"
#include "history/PromotionDialog.h"
#include "shell/MainWindow.h"
#include "shell/ShellAction.h"
#include "storage/Clock.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QInputDialog>

// These texts were written in the window and are translated under its context ("MainWindow").

PromotionActions::PromotionActions(MainWindow &window)
    : QObject(&window), m_window(window),
      m_newAction(ShellAction::make(&window, QCoreApplication::translate("MainWindow", "&New Promotion…"),
                                    "newPromotionAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))),
      m_editAction(ShellAction::make(&window, QCoreApplication::translate("MainWindow", "&Edit Promotion…"),
                                     "editPromotionAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))),
      m_closeAction(ShellAction::make(&window, QCoreApplication::translate("MainWindow", "&Close Promotion…"),
                                      "closePromotionAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L))),
      m_reopenAction(ShellAction::make(&window, QCoreApplication::translate("MainWindow", "Re&open Promotion…"),
                                       "reopenPromotionAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)))
{
    connect(m_newAction, &QAction::triggered, this, [this] { openPromotionDialog(false); });
    connect(m_editAction, &QAction::triggered, this, [this] { openPromotionDialog(true); });
    connect(m_closeAction, &QAction::triggered, this, &PromotionActions::closePromotionAsked);
    connect(m_reopenAction, &QAction::triggered, this, &PromotionActions::reopenPromotionAsked);
}

QList<QAction *> PromotionActions::actions() const
{
    return {m_newAction, m_editAction, nullptr, m_closeAction, m_reopenAction};
}

void PromotionActions::updateActions(const std::optional<Promotion> &promotion, bool databaseOpen)
{
    const bool writable = promotion && !promotion->isClosed();
    m_newAction->setEnabled(databaseOpen);
    m_editAction->setEnabled(writable);
    m_closeAction->setEnabled(writable);
    m_reopenAction->setEnabled(promotion && promotion->isClosed());
    const QString closedTip =
        promotion && promotion->isClosed()
            ? QCoreApplication::translate("MainWindow", "%1 is closed: reopen it to change anything.")
                  .arg(promotion->label())
            : QString();
    m_editAction->setToolTip(
        m_editAction->isEnabled() || closedTip.isEmpty() ? m_editAction->text().remove(QLatin1Char('&')) : closedTip);
}

Outcome PromotionActions::addPromotion(const Promotion &promotion)
{
    const Outcome added = m_window.pushCommand(new AddPromotionCommand(*m_window.store(), promotion));
    if (added)
        m_window.selectPromotion(promotion.number);
    return added;
}

Outcome PromotionActions::editPromotion(const Promotion &before, const Promotion &after)
{
    const Outcome edited = m_window.pushCommand(new EditPromotionCommand(*m_window.store(), before, after));
    if (edited)
        m_window.selectPromotion(after.number);
    return edited;
}

Outcome PromotionActions::closeCurrentPromotion(const QDate &committeeDate)
{
    return m_window.pushCommand(
        new ClosePromotionCommand(*m_window.store(), m_window.currentPromotionNumber(), committeeDate));
}

Outcome PromotionActions::reopenCurrentPromotion(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("MainWindow", "Reopening a promotion needs a written reason."));
    return m_window.pushCommand(
        new ReopenPromotionCommand(*m_window.store(), m_window.currentPromotionNumber(), reason.trimmed()));
}

PromotionDialog *PromotionActions::openPromotionDialog(bool editCurrent)
{
    if (!m_window.store())
        return nullptr;
    const std::optional<Promotion> current = editCurrent ? m_window.currentPromotion() : std::nullopt;
    if (editCurrent && (!current || current->isClosed()))
        return nullptr;
    // The numbers taken must be known, or the dialog would offer one that is.
    const Result<QList<Promotion>> promotions = m_window.store()->promotions();
    if (!promotions) {
        emit refused(promotions.error());
        return nullptr;
    }
    QSet<int> taken;
    for (const Promotion &promotion : promotions.value()) {
        if (!current || promotion.number != current->number)
            taken.insert(promotion.number);
    }
    auto *dialog = new PromotionDialog(taken, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (current) {
        dialog->setPromotion(*current);
        const Promotion before = *current;
        dialog->setSaveHandler([this, before](const Promotion &after) { return editPromotion(before, after); });
    } else {
        dialog->setSaveHandler([this](const Promotion &promotion) { return addPromotion(promotion); });
    }
    dialog->open();
    return dialog;
}

void PromotionActions::closePromotionAsked()
{
    const std::optional<Promotion> promotion = m_window.currentPromotion();
    if (!promotion || promotion->isClosed())
        return;
    // The core says what blocks the closing, before anything is asked.
    if (const Outcome can = promotion->checkCanClose(m_window.candidateModel()->candidates()); !can) {
        emit refused(can.error());
        return;
    }
    // Today as the database's clock has it, so that tests see a fixed day.
    const QDate today = m_window.store()->database().clock().nowUtc().toLocalTime().date();
    auto *dialog = new ClosePromotionDialog(*promotion, today, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCloseHandler([this](const QDate &committeeDate) { return closeCurrentPromotion(committeeDate); });
    dialog->open();
}

void PromotionActions::reopenPromotionAsked()
{
    const std::optional<Promotion> promotion = m_window.currentPromotion();
    if (!promotion || !promotion->isClosed())
        return;
    auto *dialog = new QInputDialog(&m_window);
    dialog->setObjectName(QStringLiteral("reopenReasonInputDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("MainWindow", "Reopen %1").arg(promotion->label()));
    dialog->setLabelText(
        QCoreApplication::translate("MainWindow", "Why is %1 reopened? The reason is written to the audit log.")
            .arg(promotion->label()));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(QCoreApplication::translate("MainWindow", "Reopen"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        if (const Outcome reopened = reopenCurrentPromotion(reason); !reopened)
            emit refused(reopened.error());
    });
    dialog->open();
}
