#include "widgets/AppIcons.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QWidget>

namespace {

// The freedesktop icon names by the objectNames of the window's actions and buttons. The Decision button's
// name is not in the Icon Naming Specification but in the common themes (Breeze, Oxygen); the project's
// drawing stands in elsewhere.
const QHash<QString, QString> &iconNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("newPromotionAction"), QStringLiteral("document-new")},
        {QStringLiteral("importCsvAction"), QStringLiteral("document-import")},
        {QStringLiteral("addCandidateAction"), QStringLiteral("list-add")},
        {QStringLiteral("addMembersAction"), QStringLiteral("system-users")},
        {QStringLiteral("proposeLaureatesAction"), QStringLiteral("view-sort-descending")},
        {QStringLiteral("proposeButton"), QStringLiteral("view-sort-descending")},
        {QStringLiteral("decisionButton"), QStringLiteral("dialog-ok-apply")},
        {QStringLiteral("exportPdfAction"), QStringLiteral("document-export")},
        {QStringLiteral("printAction"), QStringLiteral("document-print")},
        {QStringLiteral("sessionModeAction"), QStringLiteral("view-fullscreen")},
        {QStringLiteral("undoAction"), QStringLiteral("edit-undo")},
        {QStringLiteral("redoAction"), QStringLiteral("edit-redo")}};
    return names;
}

} // namespace

QIcon AppIcons::application()
{
    // The PNGs rendered from the SVG, each used at its size and scaled down between them. Not the SVG
    // itself beside them: Qt's SVG icon engine keeps a single added pixmap per mode and would draw every
    // other size from the SVG.
    QIcon own;
    for (const int size : applicationIconSizes())
        own.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(QLatin1String(applicationId)),
                    QSize(size, size));
    return QIcon::fromTheme(QLatin1String(applicationId), own);
}

void AppIcons::setUpApplication()
{
    QGuiApplication::setWindowIcon(application());
    QGuiApplication::setDesktopFileName(QLatin1String(applicationId));
}

QIcon AppIcons::themed(const QString &iconName)
{
    if (iconName.isEmpty())
        return QIcon();
    const QString drawing = QStringLiteral(":/icons/actions/%1.svg").arg(iconName);
    return QIcon::fromTheme(iconName, QFile::exists(drawing) ? QIcon(drawing) : QIcon());
}

QString AppIcons::iconName(const QString &objectName)
{
    return iconNames().value(objectName);
}

void AppIcons::decorate(QWidget &window)
{
    window.setWindowIcon(application());
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->icon().isNull())
            action->setIcon(forObject(action->objectName()));
    }
}
