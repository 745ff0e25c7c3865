#!/usr/bin/env bash
# Builds the Debian package (build/fast-committee_<version>_<arch>.deb) with CPack from the existing build/
# folder, without compiling anything again (in CI scripts/test.sh has built it; without any build/,
# scripts/build.sh makes one first), then checks it: tests/package/check-package.sh unpacks it in a fresh
# folder and looks at every file.
# Install it with: sudo apt install ./build/fast-committee_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FAST_BUILD_DIR:-build}

if [[ ! -x "$build/fast-committee" || ! -f "$build/CPackConfig.cmake" ]]; then
    [[ "$build" == build ]] || { echo "package.sh: no build in $build (no fast-committee)." >&2; exit 1; }
    scripts/build.sh
fi
scripts/install-deps.sh

# cpack installs the build folder's install rules into a staging tree and archives it; the folder is up
# to date after the build, so its "preinstall" step compiles nothing.
rm -f "$build"/fast-committee_*.deb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; exit 1; }
shopt -s nullglob
packages=("$build"/fast-committee_*.deb)
[[ ${#packages[@]} -eq 1 ]] || { echo "cpack made ${#packages[@]} packages, expected one:" >&2; cat "$build/cpack.log" >&2; exit 1; }
echo "Built ${packages[0]} ($(du -k "${packages[0]}" | cut -f1) KiB)."
tests/package/check-package.sh "${packages[0]}"
