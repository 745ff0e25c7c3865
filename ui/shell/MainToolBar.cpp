#include "shell/MainToolBar.h"

#include <QAction>
#include <QHash>
#include <QIcon>
#include <QSettings>

namespace {

// The freedesktop icon names of the actions, by the actions' objectNames.
const QHash<QString, QString> &iconNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("newPromotionAction"), QStringLiteral("document-new")},
        {QStringLiteral("importCsvAction"), QStringLiteral("document-import")},
        {QStringLiteral("addCandidateAction"), QStringLiteral("list-add")},
        {QStringLiteral("addMembersAction"), QStringLiteral("system-users")},
        {QStringLiteral("proposeLaureatesAction"), QStringLiteral("view-sort-descending")},
        {QStringLiteral("exportPdfAction"), QStringLiteral("document-export")},
        {QStringLiteral("sessionModeAction"), QStringLiteral("view-fullscreen")},
        {QStringLiteral("undoAction"), QStringLiteral("edit-undo")},
        {QStringLiteral("redoAction"), QStringLiteral("edit-redo")}};
    return names;
}

} // namespace

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
        const QString iconName = iconNames().value(action->objectName());
        if (action->icon().isNull() && !iconName.isEmpty())
            action->setIcon(QIcon::fromTheme(iconName));
        addAction(action);
    }
    toggleViewAction()->setObjectName(QStringLiteral("toolbarAction"));
    toggleViewAction()->setText(tr("&Toolbar"));
    setVisible(QSettings().value(QLatin1String(settingsKey), true).toBool());
    connect(toggleViewAction(), &QAction::toggled, this,
            [](bool shown) { QSettings().setValue(QLatin1String(settingsKey), shown); });
}
