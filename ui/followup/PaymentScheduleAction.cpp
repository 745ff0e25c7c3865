#include "followup/PaymentScheduleAction.h"

#include "followup/PaymentScheduleDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/ShellAction.h"
#include "storage/CommitteeStore.h"

#include <QDate>
#include <QMainWindow>

PaymentScheduleAction::PaymentScheduleAction(DatabaseSession &session, QWidget *window, PromotionShown shownPromotion)
    : QObject(window), m_session(session), m_window(window), m_shownPromotion(std::move(shownPromotion)),
      m_action(ShellAction::make(window, tr("Payment &Schedule…"), "paymentScheduleAction",
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)))
{
    m_action->setStatusTip(tr("The year's AE committed, CP paid and planned, and restes à payer"));
    m_action->setEnabled(session.isOpen());
    connect(m_action, &QAction::triggered, this, [this] { openDialog(); });
    connect(&session, &DatabaseSession::replaced, this, [this] { m_action->setEnabled(m_session.isOpen()); });
    // The dialog reads the stores: it goes with them.
    connect(&session, &DatabaseSession::aboutToReplace, this, [this] {
        for (auto *dialog : m_window->findChildren<PaymentScheduleDialog *>())
            delete dialog;
    });
}

PaymentScheduleDialog *PaymentScheduleAction::openDialog()
{
    if (!m_session.isOpen())
        return nullptr;
    int year = QDate::currentDate().year();
    if (const int shown = m_shownPromotion(); shown != 0) {
        if (const Result<std::optional<Promotion>> promotion = m_session.store()->promotion(shown);
            promotion && promotion.value())
            year = promotion.value()->year;
    }
    auto *dialog = new PaymentScheduleDialog(*m_session.store(), *m_session.followUp(), year, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto *main = qobject_cast<QMainWindow *>(m_window); main && main->centralWidget())
        dialog->setFont(main->centralWidget()->font());
    dialog->show();
    return dialog;
}
