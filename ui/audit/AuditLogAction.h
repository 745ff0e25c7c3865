#pragma once

#include <QObject>

#include <functional>

class AuditLogDialog;
class DatabaseSession;
class QAction;
class QWidget;

// View > Audit Log… (Ctrl+J): opens the audit-log view on the open database's whole log, its promotion
// filter on the promotion the window shows. Enabled while a database is open. The window creates it and
// puts its action in a menu; the rest is here.
class AuditLogAction : public QObject
{
    Q_OBJECT

public:
    using PromotionShown = std::function<int()>;

    AuditLogAction(DatabaseSession &session, QWidget *window, PromotionShown shownPromotion);

    QAction *action() const { return m_action; }
    // Window-modal, deleted on close, in the window's font (large in session mode); null without a database.
    AuditLogDialog *openDialog();

private:
    DatabaseSession &m_session;
    QWidget *m_window;
    PromotionShown m_shownPromotion;
    QAction *m_action;
};
