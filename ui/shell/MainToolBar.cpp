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
        const QString iconName = iconNames().value(action->objectName());
        // The menus keep their full wording; beside an icon a word or two is enough, so that the day's
        // actions fit in one row at 1 280 px (in French as in English) instead of overflowing into "»".
        if (const QString label = shortLabel(action->objectName()); !label.isEmpty()) {
            action->setIconText(label);
            // Undo and redo name the command in their text as it changes: their tooltip follows it by default.
            if (action->objectName() != QLatin1String("undoAction") &&
                action->objectName() != QLatin1String("redoAction"))
                action->setToolTip(QString(action->text()).remove(QLatin1Char('&')));
        }
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
