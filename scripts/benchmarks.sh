#!/usr/bin/env bash
# Builds Release (build-release/), times the application against minimal Qt programs doing the same work
# (whole processes and in-process QBENCHMARK suites) and writes docs/benchmarks.md.
# Options go to tests/benchmarks/run.sh: --with-libreoffice (installs libreoffice-calc-nogui when soffice
# is missing, to time LibreOffice's PDF conversion too), --runs N, --build DIR, --out FILE, --no-qbench.
# Figures are machine-dependent: compare ratios, never assert them in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
exec tests/benchmarks/run.sh "$@"
