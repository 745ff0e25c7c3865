#!/usr/bin/env bash
# Quick start, second command: installs what is missing, builds, and runs every test suite
# (the window's suites offscreen, so no display is needed). Fails when any test fails.
# The storage suites that run on a PostgreSQL server too get a throwaway one (scripts/postgres-test-server.sh),
# on a port of its own, stopped and removed when this script ends, however it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
export QT_QPA_PLATFORM=offscreen

# In /tmp, which the server's own user (postgres, when this runs as root) can reach whatever TMPDIR says.
server_dir=$(mktemp -d /tmp/fast-committee-pg.XXXXXX)
trap 'scripts/postgres-test-server.sh stop "$server_dir"' EXIT
# A port from the process number, the next one when it is taken (another run of the suites, say).
for attempt in 0 1 2 3 4; do
    port=$(( 40000 + ($$ + attempt * 7919) % 20000 ))
    if FAST_TEST_POSTGRES=$(scripts/postgres-test-server.sh start "$server_dir" "$port" 2>"$server_dir.log"); then
        export FAST_TEST_POSTGRES
        break
    fi
    scripts/postgres-test-server.sh stop "$server_dir"
    mkdir -p "$server_dir"
done
if [[ -z "${FAST_TEST_POSTGRES:-}" ]]; then
    cat "$server_dir.log" >&2
    echo "test.sh: could not start the test PostgreSQL server (above)" >&2
    exit 1
fi
rm -f "$server_dir.log"
ctest --test-dir build --output-on-failure -j"$(nproc)"
