#pragma once

#include <QIcon>
#include <QList>

class QWidget;

// The window's icons: the application's own (title bar, task switcher, dialogs) and its actions'. An
// action's icon is the desktop theme's, by its freedesktop name, so that the window looks native there;
// where the theme has none (no theme at all, a minimal desktop, offscreen), the project's own drawing of
// it, embedded from resources/icons/actions under :/icons/actions, stands in, so that no main action is
// ever without one. Icons are found by the actions' and buttons' objectNames, which lets the shell
// decorate every action it made in one call. The drawings themselves live in resources/, never in ui/.
class AppIcons
{
public:
    // The desktop entry's id, which is also the icon's name in the hicolor theme once installed.
    static constexpr const char *applicationId = "fr.gouv.numerique.fast-committee";
    // The sizes rendered to PNG beside the SVG (scripts/render-icons.sh).
    static QList<int> applicationIconSizes() { return {16, 24, 32, 48, 64, 128, 256}; }

    // The installed theme's icon of the application, else the embedded SVG and PNGs.
    static QIcon application();
    // The application's icon for every window and its id for the desktop (the Wayland app id, the
    // taskbar's grouping with the menu entry); the desktop entry calls it once, before any window.
    static void setUpApplication();

    // The theme's icon of that freedesktop name, else the project's drawing of it; null when neither.
    static QIcon themed(const QString &iconName);
    // The freedesktop name of the icon of the action or button of that objectName; empty when it has none.
    static QString iconName(const QString &objectName);
    // The icon of the action or button of that objectName; null when it has none.
    static QIcon forObject(const QString &objectName) { return themed(iconName(objectName)); }
    // The window's icon, and the icon of every action under the window that has one and none yet.
    static void decorate(QWidget &window);
};
