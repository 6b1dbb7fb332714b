#!/usr/bin/env bash
# Soak (bench/soak/README.md): `sanwang serve` driven for a long while by 64 connections of
# residents, staff and leaders (soak_driver.cc), on SQLite and on PostgreSQL, reporting
# errors, throughput, p50 / p99 per route and the server's resident memory every 10 s.
#
#   bash bench/soak/run.sh                 # 10 minutes on each engine
#   SANWANG_SOAK_SECONDS=60 bash bench/soak/run.sh
#
# Settings through the environment: SANWANG_SOAK_SECONDS (default 600),
# SANWANG_SOAK_CASES (demo cases, default 10,000), SANWANG_SOAK_ENGINES (default
# "sqlite pg"), SANWANG_SOAK_PG_PORT (default 55443), SANWANG_SOAK_DIR (the kept demo
# databases and results, default build-bench/soak/). It does not build build/sanwang.
set -euo pipefail
shopt -s inherit_errexit

repo=$(cd "$(dirname "$0")/../.." && pwd)
here=$repo/bench/soak
bin=$repo/build/sanwang
keep=${SANWANG_SOAK_DIR:-$repo/build-bench/soak}
seconds=${SANWANG_SOAK_SECONDS:-600}
cases=${SANWANG_SOAK_CASES:-10000}
engines=${SANWANG_SOAK_ENGINES:-sqlite pg}
pg_port=${SANWANG_SOAK_PG_PORT:-55443}
pg_timeout=86400  # the soak waits for its PostgreSQL demo however long it takes
driver=$keep/soak_driver
stamp=$(date -u +%Y%m%dT%H%MZ)
results=$keep/results-$stamp.md

work=$(mktemp -d /tmp/sanwang-soak.XXXXXX)
chmod 755 "$work"  # the cluster copy (postgres) lives below it
pids=()
# shellcheck source=../lib.sh
source "$repo/bench/lib.sh"
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  "$repo/scripts/pg-test-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -x "$bin" ] || { echo "build build/sanwang first (README, Build)" >&2; exit 1; }
mkdir -p "$keep"

# The driver: standalone, rebuilt when its source is newer than the binary.
if [ ! -x "$driver" ] || [ "$here/soak_driver.cc" -nt "$driver" ]; then
  say "building the soak driver"
  nice g++ -std=c++20 -O2 -Wall -Wextra "$here/soak_driver.cc" -o "$driver" -pthread
fi

# The catalog's grid-tier items, which residents file under.
items=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
                 $col["tier"] == "grid" { printf "%s%s", sep, $col["code"]; sep = "," }' \
          "$repo/data/catalog/catalog.csv")
[ -n "$items" ] || { echo "no grid-tier item in data/catalog/catalog.csv" >&2; exit 1; }

# A copy of the pristine SQLite demo for this run; prints its URL.
sqlite_demo() {
  local pristine
  pristine=$(pristine_sqlite_demo)
  cp "$pristine" "$work/sanwang.db"
  echo "sqlite:$work/sanwang.db"
}

# Runs the driver against ENGINE's demo and appends its tables to the results file.
soak() {
  local engine=$1 url status=0
  case "$engine" in
    sqlite) url=$(sqlite_demo) ;;
    pg) url=$(pg_demo) ;;
    *) echo "unknown engine $engine (sqlite or pg)" >&2; exit 1 ;;
  esac
  start_sanwang "$url"
  local load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  say "$engine: soak of $seconds s against pid $server_pid, load average before: $load"
  {
    echo "## $engine, $cases demo cases, $seconds s, started $(date -u +%H:%M) UTC"
    echo
    echo "load average before: $load; $(nproc) cores; commit $(git -C "$repo" rev-parse --short HEAD)"
    echo
  } >>"$results"
  "$driver" --port "$server_port" --server-pid "$server_pid" --items "$items" --duration "$seconds" \
    >"$work/out-$engine.md" 2> >(tee "$work/progress-$engine.txt" >&2) || status=$?
  cat "$work/out-$engine.md" >>"$results"
  echo >>"$results"
  kill -TERM "$server_pid"
  wait "$server_pid" || true
  grep -h -i "error\|fatal" "$work"/sanwang-*.log | head -20 >&2 || true
  [ "$engine" = pg ] && "$repo/scripts/pg-test-cluster.sh" stop "$work/pg" >/dev/null
  cat "$work/out-$engine.md"
  return "$status"
}

failed=0
for engine in $engines; do
  soak "$engine" || failed=1
done
say "results in $results"
exit "$failed"
