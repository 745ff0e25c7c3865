#!/usr/bin/env bash
# Checks a built fast-committee .deb as a Debian desktop would see it once installed: unpacks it with
# dpkg -x into a fresh folder and checks that each file is where the desktop looks for it, that the
# package depends on the Qt 6 libraries and the plugins it loads at run time, that desktop-file-validate
# and appstreamcli validate accept the installed entry and metainfo, and that the installed executable
# runs. Prints each check; exits 1 at the first that fails. Usage: check-package.sh PACKAGE.deb
set -euo pipefail
deb=${1:?usage: check-package.sh PACKAGE.deb}
[[ -f "$deb" ]] || { echo "no such package: $deb" >&2; exit 1; }
id=fr.gouv.numerique.fast-committee
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

dpkg -x "$deb" "$root"
# Every file of the package, and only those expected: a stray install rule (a test, a header) shows here.
expected=(
    usr/bin/fast-committee
    usr/share/applications/$id.desktop
    usr/share/metainfo/$id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/$id.svg
    usr/share/doc/fast-committee/copyright
)
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
actual=$(cd "$root" && find . -type f | sed 's|^\./||' | sort)
wanted=$(printf '%s\n' "${expected[@]}" | sort)
[[ "$actual" == "$wanted" ]] || fail "the package's files differ from the expected ones:
$(diff <(echo "$wanted") <(echo "$actual") || true)"
ok "${#expected[@]} files, each where the desktop expects it; the executable without run path"

[[ -x "$root/usr/bin/fast-committee" ]] || fail "usr/bin/fast-committee is not executable"
! readelf -d "$root/usr/bin/fast-committee" | grep -q -E 'RPATH|RUNPATH' ||
    fail "usr/bin/fast-committee keeps a run path (Debian's policy forbids a needless one)"
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    # The PNG header's width and height (big-endian, bytes 16 to 23).
    dimensions=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
    [[ "$dimensions" == "${size}x${size}" ]] || fail "$id.png in ${size}x${size} is $dimensions"
done
ok "icons: 7 PNG sizes of the right dimensions and the scalable SVG"
cmp -s "$root/usr/share/doc/fast-committee/copyright" "$(dirname "$0")/../../LICENSE" ||
    fail "usr/share/doc/fast-committee/copyright is not the LICENSE"
ok "copyright is the LICENSE (MIT)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6printsupport6 \
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins; do
    [[ ",$depends," =~ [,\ ]$library[\ ,\(] ]] || fail "Depends does not name $library"
done
ok "Depends names the Qt 6 libraries and the SQLite, SVG and platform plugins"
for field in Maintainer Section Description; do
    [[ -n "$(dpkg-deb -f "$deb" "$field")" ]] || fail "the package has no $field"
done
ok "$(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version), section $(dpkg-deb -f "$deb" Section)"

desktop="$root/usr/share/applications/$id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate refuses $id.desktop"
grep -qx "Icon=$id" "$desktop" || fail "$id.desktop does not name the icon $id"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[[ -x "$root/usr/bin/${exec_line%% *}" ]] || fail "Exec=$exec_line is not the installed executable"
ok "desktop-file-validate accepts $id.desktop (Exec=$exec_line, Icon=$id)"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" ||
    fail "appstreamcli validate refuses $id.metainfo.xml"
ok "appstreamcli validate --no-net accepts $id.metainfo.xml"

# The installed executable finds its libraries and works: the version, and a database made from nothing.
version=$("$root/usr/bin/fast-committee" --version)
[[ "$version" == "fast-committee $(dpkg-deb -f "$deb" Version)" ]] || fail "--version says '$version'"
"$root/usr/bin/fast-committee" --db "$root/check.sqlite" --operator package-check \
    promotion add 1 --year 2026 --envelope "1 000 000" >/dev/null
[[ "$("$root/usr/bin/fast-committee" --db "$root/check.sqlite" promotion list)" == *2026* ]] ||
    fail "the installed executable did not list the promotion it added"
ok "the installed executable runs ($version) and writes a database"
echo "Package checked: $deb"
