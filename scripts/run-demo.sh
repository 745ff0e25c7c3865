#!/usr/bin/env bash
# Quick start, first command: installs what is missing, builds, and opens the window on the demo committee.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec build/fast-committee --demo "$@"
