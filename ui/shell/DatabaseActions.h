#pragma once

#include <QObject>

class DatabaseSession;
class QAction;
class QMenu;
class QWidget;

// The File menu's databases: create a new file (never over an existing one), open one, connect to a
// committee on a PostgreSQL server, reopen a recent one, open the demonstration. Each opens through the
// DatabaseSession, which the window follows; a refusal is emitted for the window to show.
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    DatabaseActions(DatabaseSession &session, QWidget *window);

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *demoAction() const { return m_demoAction; }
    QAction *connectAction() const { return m_connectAction; }
    // The session's recent files, rebuilt each time the list changes.
    QMenu *recentMenu() const { return m_recentMenu; }

signals:
    void refused(const QString &message);

private:
    void newDatabase();
    void openDatabaseDialog();
    void connectToServerDialog();
    void open(const QString &path);
    void rebuildRecentMenu();

    DatabaseSession &m_session;
    QWidget *m_window;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_demoAction;
    QAction *m_connectAction;
    QMenu *m_recentMenu;
};
