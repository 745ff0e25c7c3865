#!/usr/bin/env bash
# A person's check of the installed application, by hand (it needs xvfb, x11-utils and imagemagick, which
# the build does not): unpacks the .deb in a fresh folder, starts the window from the desktop entry's Exec
# line under Xvfb on the demonstration (in a temporary database, so nothing of the user's is touched),
# screenshots the screen to SHOT.png and prints the window's X11 properties that a window manager reads
# for the title bar and the task switcher: WM_CLASS, _NET_WM_NAME and the sizes in _NET_WM_ICON.
# Usage: look-installed.sh PACKAGE.deb SHOT.png
set -euo pipefail
deb=$(realpath "${1:?usage: look-installed.sh PACKAGE.deb SHOT.png}")
shot=$(realpath -m "${2:?usage: look-installed.sh PACKAGE.deb SHOT.png}")
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/fr.gouv.numerique.fast-committee.desktop")
export root exec_line shot
xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
    set -euo pipefail
    export PATH="$root/usr/bin:$PATH" HOME="$root/home" XDG_DATA_DIRS="$root/usr/share:/usr/share"
    unset QT_QPA_PLATFORM
    mkdir -p "$HOME"
    # The Exec line as the desktop runs it (no field codes in ours), with the demonstration added.
    $exec_line --demo --db "$root/demo.sqlite" --operator "Contrôle" &
    app=$!
    for _ in $(seq 50); do
        # The top-level window is the one with a WM_CLASS (Qt adds a 1×1 leader window of the same name).
        window=$(xwininfo -root -tree | awk "/\\(\"fast-committee\"/ { print \$1; exit }")
        [[ -n "$window" ]] && break
        sleep 0.2
    done
    [[ -n "$window" ]] || { echo "no window appeared" >&2; kill $app; exit 1; }
    sleep 2
    import -window root "$shot"
    xprop -id "$window" WM_CLASS _NET_WM_NAME
    echo "_NET_WM_ICON:" $(xprop -id "$window" _NET_WM_ICON | grep -o "Icon ([0-9]* x [0-9]*)")
    kill $app
'
echo "Screenshot: $shot"
