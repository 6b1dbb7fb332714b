#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL 15 cluster for the tests: its own data folder,
# a non-default port, listening on loopback only, trust authentication (nothing but this
# machine's loopback can reach it). Prints the connection URL on start.
#
#   scripts/pg-test-cluster.sh start DIR [PORT]   # default port 55432
#   scripts/pg-test-cluster.sh stop DIR
#   scripts/pg-test-cluster.sh halt DIR           # stop, keeping the data (start DIR reuses it)
#   scripts/pg-test-cluster.sh restart DIR        # a fast shutdown and start (fault tests)
#   scripts/pg-test-cluster.sh kill DIR           # SIGKILL the postmaster; its children exit
set -euo pipefail

action=${1:?start or stop}
dir=${2:?data folder}
port=${3:-55432}
bin=/usr/lib/postgresql/15/bin

# PostgreSQL refuses to run as root; run it as the postgres account the package creates.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=on -c max_connections=200" start >/dev/null
    as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtAc \
      "SELECT 1 FROM pg_database WHERE datname = 'sanwang_test'" | grep -q 1 \
      || as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres sanwang_test
    echo "postgresql://postgres@127.0.0.1:$port/sanwang_test"
    ;;
  restart)
    as_pg "$bin/pg_ctl" -D "$dir" -m fast -w -t 60 restart >/dev/null
    ;;
  kill)
    pid=$(head -n 1 "$dir/postmaster.pid")
    children=$(pgrep -P "$pid" || true)
    kill -9 "$pid"
    # The backends and helpers notice the postmaster's death and exit; a new postmaster
    # refuses to start while they still hold the old shared memory.
    for _ in $(seq 1 300); do
      alive=""
      for c in $pid $children; do kill -0 "$c" 2>/dev/null && alive=1; done
      [ -z "$alive" ] && break
      sleep 0.1
    done
    ;;
  halt)
    as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  stop)
    if [ -f "$dir/postmaster.pid" ]; then
      as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop|halt|restart|kill DIR [PORT]" >&2
    exit 2
    ;;
esac
