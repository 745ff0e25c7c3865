#!/bin/sh
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (FAST_SANITIZE=ON) in
# build-asan and runs the whole ctest suite; the first finding stops the test that made it.
# Usage: scripts/sanitizers.sh [extra ctest arguments, e.g. -R tst_money]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${FAST_ASAN_BUILD_DIR:-$root/build-asan}"
jobs="${FAST_JOBS:-2}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFAST_SANITIZE=ON -DFAST_BUILD_TOOLS=OFF \
    -DFAST_DEBUG_INFO=lines
cmake --build "$build" -j"$jobs"

# Memory errors, leaks and undefined behaviour each fail the test that made them (a child process, such
# as the real executable run by the cli suites, exits non-zero and its test sees it).
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# The nine members write for 10 s here rather than 30: this leg looks for memory errors, and the first leg of
# CI (scripts/test.sh) already runs the full 30 s on both engines.
export FAST_MEMBERS_SECONDS="${FAST_MEMBERS_SECONDS:-10}"
start=$(date +%s)
cd "$build"
status=0
ctest --output-on-failure -j"$jobs" "$@" || status=$?
echo "sanitizers.sh: ctest took $(( $(date +%s) - start )) s (exit $status)"
exit $status
