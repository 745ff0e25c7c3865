#!/usr/bin/env bash
# Renders the application icon's PNG sizes (the hicolor theme's 16 to 256 px) from its SVG, for the desktops
# and menus that do not scale SVG. The PNGs are committed, so that building and packaging need no renderer:
# run this (it needs rsvg-convert, from librsvg2-bin) after changing the SVG, and commit both.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons/hicolor"

command -v rsvg-convert >/dev/null ||
    { echo "render-icons.sh needs rsvg-convert: apt-get install librsvg2-bin" >&2; exit 1; }
name=fr.gouv.numerique.fast-committee
for size in 16 24 32 48 64 128 256; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "scalable/apps/$name.svg" --output "${size}x${size}/apps/$name.png"
done
echo "Rendered $name.png in 16, 24, 32, 48, 64, 128 and 256 px."
