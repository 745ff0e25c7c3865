#!/usr/bin/env bash
# Quick start, second command: installs what is missing, builds, and runs every test suite
# (the window's suites offscreen, so no display is needed). Fails when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)"
