#include "audit/AuditLogAction.h"

#include "audit/AuditLogDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/ShellAction.h"
#include "storage/CommitteeStore.h"

#include <QMainWindow>
#include <QMessageBox>

AuditLogAction::AuditLogAction(DatabaseSession &session, QWidget *window, PromotionShown shownPromotion)
    : QObject(window), m_session(session), m_window(window), m_shownPromotion(std::move(shownPromotion)),
      m_action(ShellAction::make(window, tr("&Audit Log…"), "auditLogAction", QKeySequence(Qt::CTRL | Qt::Key_J)))
{
    m_action->setStatusTip(tr("Every change, who made it, the old and the new value"));
    m_action->setEnabled(session.isOpen());
    connect(m_action, &QAction::triggered, this, [this] { openDialog(); });
    connect(&session, &DatabaseSession::replaced, this, [this] { m_action->setEnabled(m_session.isOpen()); });
}

AuditLogDialog *AuditLogAction::openDialog()
{
    if (!m_session.isOpen())
        return nullptr;
    // An empty log would say "no change was ever made": a log that could not be read says why instead.
    const Result<QList<AuditEntry>> entries = m_session.store()->auditEntries();
    if (!entries) {
        m_session.reportReadFailure(entries.error());
        QMessageBox::warning(m_window, tr("Audit log"), entries.error());
        return nullptr;
    }
    auto *dialog = new AuditLogDialog(entries.value(), m_shownPromotion(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The window's pages carry session mode's large font; the dialog follows them.
    if (const auto *main = qobject_cast<QMainWindow *>(m_window); main && main->centralWidget())
        dialog->setFont(main->centralWidget()->font());
    dialog->open();
    return dialog;
}
