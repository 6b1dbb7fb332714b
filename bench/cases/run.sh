#!/usr/bin/env bash
# Runs indicator_bench on SQLite (a temporary file) and on PostgreSQL (a throw-away
# cluster), with N cases each (default 1,000,000). Builds the bench target first in
# build-bench/. See bench/README.md.
#
#   bash bench/cases/run.sh [N]
set -euo pipefail

cases=${1:-1000000}
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=$repo/build-bench
bench=$build/bench/cases/indicator_bench
pg_port=${SANWANG_BENCH_PG_PORT:-55439}
work=$(mktemp -d /tmp/sanwang-indicator-bench.XXXXXX)
chmod 755 "$work"  # the cluster runs as the postgres account
pg_dir=$work/pg

cleanup() {
  "$repo/scripts/pg-test-cluster.sh" stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Quiet unless the build fails.
quietly() {
  local log
  if ! log=$("$@" 2>&1); then
    printf '%s\n' "$log" >&2
    echo "run.sh: build failed" >&2
    exit 1
  fi
}
quietly cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANWANG_BUILD_BENCH=ON \
  -DSANWANG_BUILD_TESTS=OFF
quietly ninja -C "$build" -j2 indicator_bench

echo "== SQLite, $cases cases"
"$bench" --db "sqlite:$work/bench.db" --cases "$cases" --home "$repo"
echo "SQLite database file: $(du -h --apparent-size "$work/bench.db" | cut -f1)" \
  "($(stat -c %s "$work/bench.db") bytes)"
rm -f "$work"/bench.db*

echo "== PostgreSQL, $cases cases"
url=$("$repo/scripts/pg-test-cluster.sh" start "$pg_dir" "$pg_port")
"$bench" --db "$url" --cases "$cases" --home "$repo"
echo "PostgreSQL database: $(psql "$url" -qtAc "SELECT pg_size_pretty(pg_database_size(current_database()))")"
