#include "help/HelpActions.h"

#include "help/AboutDialog.h"
#include "help/AboutFacts.h"
#include "help/UserGuide.h"
#include "help/UserGuideWindow.h"
#include "shell/MainWindow.h"
#include "shell/ShellAction.h"

#include <QCoreApplication>

HelpActions::HelpActions(MainWindow &window)
    : QObject(&window), m_window(window),
      m_userGuideAction(ShellAction::make(&window, tr("User &Guide"), "userGuideAction", QKeySequence::HelpContents)),
      // Written in the window first, and translated under its context.
      m_aboutAction(
          ShellAction::make(&window, QCoreApplication::translate("MainWindow", "&About Comité FAST"), "aboutAction"))
{
    // F1 from the guide's own window too, where it brings the guide forward instead of doing nothing.
    m_userGuideAction->setShortcutContext(Qt::ApplicationShortcut);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_userGuideAction, &QAction::triggered, this, [this] { openUserGuide(); });
    connect(m_aboutAction, &QAction::triggered, this, [this] { openAbout(); });
}

QList<QAction *> HelpActions::actions() const
{
    return {m_userGuideAction, nullptr, m_aboutAction};
}

UserGuideWindow *HelpActions::openUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(UserGuide::interfaceLanguage(), &m_window);
    // The pages' font: session mode's large one when it is on, for a guide shown on the projector.
    m_guide->setBaseFont(m_window.centralWidget()->font());
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

AboutDialog *HelpActions::openAbout()
{
    auto *dialog = new AboutDialog(AboutFacts::collect(*m_window.session()), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}
