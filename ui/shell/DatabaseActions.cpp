#include "shell/DatabaseActions.h"

#include "shell/DatabaseSession.h"
#include "shell/ServerConnectDialog.h"
#include "shell/ShellAction.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

// These texts were written in the window and are translated under its context ("MainWindow").

DatabaseActions::DatabaseActions(DatabaseSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window),
      m_newAction(ShellAction::make(window, QCoreApplication::translate("MainWindow", "&New Database…"),
                                    "newDatabaseAction", QKeySequence::New)),
      m_openAction(ShellAction::make(window, QCoreApplication::translate("MainWindow", "&Open Database…"),
                                     "openDatabaseAction", QKeySequence::Open)),
      m_demoAction(ShellAction::make(window, QCoreApplication::translate("MainWindow", "Open the &Demonstration"),
                                     "demoAction")),
      m_connectAction(ShellAction::make(window, QCoreApplication::translate("MainWindow", "Connect to a &Server…"),
                                        "connectServerAction")),
      m_recentMenu(new QMenu(QCoreApplication::translate("MainWindow", "Open &Recent"), window))
{
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_newAction, &QAction::triggered, this, &DatabaseActions::newDatabase);
    connect(m_openAction, &QAction::triggered, this, &DatabaseActions::openDatabaseDialog);
    connect(m_connectAction, &QAction::triggered, this, &DatabaseActions::connectToServerDialog);
    connect(m_demoAction, &QAction::triggered, this, [this] {
        if (const Outcome opened = m_session.openDemo(); !opened)
            emit refused(opened.error());
    });
    connect(&m_session, &DatabaseSession::recentFilesChanged, this, &DatabaseActions::rebuildRecentMenu);
    rebuildRecentMenu();
}

void DatabaseActions::open(const QString &path)
{
    if (const Outcome opened = m_session.open(path); !opened)
        emit refused(opened.error());
}

void DatabaseActions::newDatabase()
{
    // No overwrite: replacing a committee's database by an empty one is never what "new" should mean.
    const QString path = QFileDialog::getSaveFileName(
        m_window, QCoreApplication::translate("MainWindow", "New database"), QDir::homePath(),
        QCoreApplication::translate("MainWindow", "Committee databases (*.sqlite);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        emit refused(QCoreApplication::translate("MainWindow",
                                                 "%1 already exists: choose another name, or open it with Open "
                                                 "Database.")
                         .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path);
}

void DatabaseActions::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, QCoreApplication::translate("MainWindow", "Open database"), QDir::homePath(),
        QCoreApplication::translate("MainWindow", "Committee databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void DatabaseActions::connectToServerDialog()
{
    ServerConnectDialog dialog(m_window);
    // The last server, when the last committee was on one: only its password is typed again.
    const QStringList recent = DatabaseSession::recentFiles();
    for (const QString &address : recent) {
        if (Database::isServerAddress(address)) {
            dialog.setAddress(address);
            break;
        }
    }
    if (dialog.exec() == QDialog::Accepted)
        open(dialog.address());
}

void DatabaseActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = DatabaseSession::recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const QString shown = Database::isServerAddress(path) ? path : QDir::toNativeSeparators(path);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(shown));
        connect(action, &QAction::triggered, this, [this, path] { open(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}
