#pragma once

#include <QAction>
#include <QKeySequence>

// The window's actions are made the same way by every part of the shell: a text, an objectName ending in
// "Action" that tests find it by, and a shortcut when it has one.
namespace ShellAction {

inline QAction *make(QObject *parent, const QString &text, const char *name, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace ShellAction
