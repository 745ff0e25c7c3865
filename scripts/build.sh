#!/usr/bin/env bash
# Configures and builds Comité FAST in build/ (extra CMake arguments in FAST_CMAKE_ARGS).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# shellcheck disable=SC2086
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${FAST_CMAKE_ARGS:-}
cmake --build build -j"$(nproc)"
