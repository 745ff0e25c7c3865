#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class AboutDialog;
class MainWindow;
class QAction;
class UserGuideWindow;

// The Help menu: User Guide (F1), which shows the guide in the interface's language in one non-modal
// window (raised again, where the reader left it, when already open), and About Comité FAST, a
// window-modal dialog on the facts a support request needs.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(MainWindow &window);

    // The menu's actions, in order.
    QList<QAction *> actions() const;
    QAction *userGuideAction() const { return m_userGuideAction; }
    QAction *aboutAction() const { return m_aboutAction; }

    UserGuideWindow *openUserGuide();
    AboutDialog *openAbout();

private:
    MainWindow &m_window;
    QAction *m_userGuideAction;
    QAction *m_aboutAction;
    QPointer<UserGuideWindow> m_guide;
};
