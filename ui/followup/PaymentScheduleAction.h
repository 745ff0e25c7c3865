#pragma once

#include <QObject>

#include <functional>

class DatabaseSession;
class PaymentScheduleDialog;
class QAction;
class QWidget;

// View > Payment Schedule… (Ctrl+Shift+Y): opens the year's AE, CP and restes à payer (PaymentScheduleDialog)
// on the year of the promotion the window shows, the current year without one. Enabled while a database is
// open. The window creates it and puts its action in a menu; the rest is here.
class PaymentScheduleAction : public QObject
{
    Q_OBJECT

public:
    using PromotionShown = std::function<int()>;

    PaymentScheduleAction(DatabaseSession &session, QWidget *window, PromotionShown shownPromotion);

    QAction *action() const { return m_action; }
    // Modeless, deleted on close, in the window's font; null without a database.
    PaymentScheduleDialog *openDialog();

private:
    DatabaseSession &m_session;
    QWidget *m_window;
    PromotionShown m_shownPromotion;
    QAction *m_action;
};
