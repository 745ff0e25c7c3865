#!/usr/bin/env bash
# Builds the benchmarks in Release (build-release/) and runs them, printing each QBENCHMARK result.
# Figures are machine-dependent: compare runs on one machine, never assert them in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-release -j"$(nproc)" --target bench_csvimport bench_import bench_ranking
for bench in bench_csvimport bench_import bench_ranking; do
    echo "== $bench"
    QT_QPA_PLATFORM=offscreen "build-release/tests/$bench" | grep -E '^RESULT|msecs per iteration'
done
