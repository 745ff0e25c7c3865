#pragma once

#include "storage/ServerRole.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class DatabaseSession;
class QAction;
class QLabel;
class QMainWindow;
class QWidget;

// What the window offers follows the role the server gives the login (ServerRole): a member or an observer is
// not offered what the server would refuse (adding or editing candidates, decisions, closing a promotion,
// members; notes and recusals for an observer), and the status bar says who is connected and as what. The
// server still decides: this only spares a member the refusal. The window's actions and buttons are found by
// their objectName, including those of pages built later and those their owners enable again after each
// change, so that no page needs to know about roles.
class RoleGate : public QObject
{
    Q_OBJECT

public:
    RoleGate(QMainWindow &window, DatabaseSession &session);
    ~RoleGate() override;

    ServerRole role() const { return m_role; }
    // The objectNames of the controls that change the committee, and of those that change notes and recusals.
    static const QStringList &committeeControls();
    static const QStringList &scoringControls();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void roleChanged();
    bool forbids(const QString &objectName) const;
    void hold(QAction *action);
    void holdWidget(QWidget *widget);
    void watch(QAction *action);

    QMainWindow &m_window;
    DatabaseSession &m_session;
    QLabel *m_label;
    ServerRole m_role;
    QSet<QAction *> m_watched;
    // What this gate disabled, to give back when the role allows it again (another database opened).
    QList<QPointer<QAction>> m_heldActions;
    QList<QPointer<QWidget>> m_heldWidgets;
};
