#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suites: its own cluster in a temporary folder, on a local port
# and a socket in that folder, trusting local connections, never the machine's own server.
#   scripts/postgres-test-server.sh start DIR PORT   prints the admin's URL (postgresql://fast_admin@...)
#   scripts/postgres-test-server.sh stop DIR         stops it and removes DIR, whatever state it is in
#   scripts/postgres-test-server.sh halt DIR         stops it as an administrator would (its sessions told
#                                                    57P01), keeping its data, for a test of a server restart
#   scripts/postgres-test-server.sh resume DIR PORT  starts a halted one again on the same data
# As root the cluster runs as the "postgres" user (initdb refuses root); otherwise as the caller.
# Needs Debian's postgresql package (scripts/install-deps.sh installs it).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -n "$bin" ]] || { echo "postgres-test-server.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    as_owner=(runuser -u postgres --)
fi

# Starts the cluster in DIR on PORT, for start and for resume alike. fsync off: a test cluster is thrown away,
# and its speed is the suites' time.
run_server() {
    local dir=$1 port=$2
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
}

case "${1:-}" in
start)
    dir=$(realpath -m "$2") port=$3
    mkdir -p "$dir"
    [[ ${#as_owner[@]} -eq 0 ]] || chown postgres: "$dir"
    # From inside the cluster's folder: the server's user may not be allowed into the caller's one.
    cd "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U fast_admin -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    run_server "$dir" "$port"
    echo "postgresql://fast_admin@127.0.0.1:$port/postgres"
    ;;
halt)
    dir=$(realpath -m "$2")
    cd "$dir"
    # fast, not immediate: committed transactions are on disk (the cluster runs with synchronous_commit off).
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
    ;;
resume)
    dir=$(realpath -m "$2") port=$3
    cd "$dir"
    run_server "$dir" "$port"
    ;;
stop)
    dir=$(realpath -m "$2")
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        cd "$dir"
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    cd /
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start DIR PORT | halt DIR | resume DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
