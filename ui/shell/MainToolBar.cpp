#include "shell/MainToolBar.h"

#include "widgets/AppIcons.h"

#include <QAction>
#include <QSettings>

QString MainToolBar::shortLabel(const QString &actionName)
{
    if (actionName == QLatin1String("newPromotionAction"))
        return tr("New promotion");
    if (actionName == QLatin1String("importCsvAction"))
        return tr("Import");
    if (actionName == QLatin1String("addCandidateAction"))
        return tr("Candidate");
    if (actionName == QLatin1String("addMembersAction"))
        return tr("Members");
    if (actionName == QLatin1String("proposeLaureatesAction"))
        return tr("Propose");
    if (actionName == QLatin1String("exportPdfAction"))
        return tr("List (PDF)");
    if (actionName == QLatin1String("sessionModeAction"))
        return tr("Session mode");
    if (actionName == QLatin1String("undoAction"))
        return tr("Undo");
    if (actionName == QLatin1String("redoAction"))
        return tr("Redo");
    return QString();
}

MainToolBar::MainToolBar(const QList<QAction *> &actions, QWidget *parent) : QToolBar(tr("Toolbar"), parent)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setMovable(false);
    for (QAction *action : actions) {
        if (!action) {
            addSeparator();
            continue;
        }
        // The menus keep their full wording; beside an icon a word or two is enough, so that the day's
        // actions fit in one row at 1 280 px (in French as in English) instead of overflowing into "»".
        if (const QString label = shortLabel(action->objectName()); !label.isEmpty()) {
            action->setIconText(label);
            // Undo and redo name the command in their text as it changes: their tooltip follows it by default.
            if (action->objectName() != QLatin1String("undoAction") &&
                action->objectName() != QLatin1String("redoAction"))
                action->setToolTip(QString(action->text()).remove(QLatin1Char('&')));
        }
        // The theme's icon, else the project's drawing (AppIcons): the toolbar never shows a bare word.
        if (action->icon().isNull())
            action->setIcon(AppIcons::forObject(action->objectName()));
        addAction(action);
    }
    toggleViewAction()->setObjectName(QStringLiteral("toolbarAction"));
    toggleViewAction()->setText(tr("&Toolbar"));
    setVisible(QSettings().value(QLatin1String(settingsKey), true).toBool());
    connect(toggleViewAction(), &QAction::toggled, this,
            [](bool shown) { QSettings().setValue(QLatin1String(settingsKey), shown); });
}
