#pragma once

#include <QList>
#include <QToolBar>

class QAction;

// The window's toolbar: the day's actions (new promotion, import, add a candidate, add members, propose
// the laureates, export the list, session mode, undo and redo), each with its icon (AppIcons) and its
// text beside it, since a committee reads words faster than pictures on a projector. The actions are the
// menus' own, so shortcuts and enabled states are shared. It can be hidden from its context menu or View >
// Toolbar; whether it is shown is remembered.
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    // A null action is a separator.
    MainToolBar(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // View > Toolbar (checkable), which also saves the choice.
    QAction *viewAction() const { return toggleViewAction(); }

    static constexpr const char *settingsKey = "view/toolbar";
    // The word or two shown beside the action's icon (its full text stays in the menus and the tooltip).
    static QString shortLabel(const QString &actionName);
};
