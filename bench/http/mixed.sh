#!/usr/bin/env bash
# Mixed load (bench/http/README.md, "Mixed load"): cheap reads and the leader's dashboard
# at once on one server, each route's latency measured by its own wrk client.
#
#   bash bench/http/mixed.sh [N] [BINARY]
#
# N demo cases (default 16,000) in a SQLite database kept in build-bench/http/ (shared
# with run.sh) and copied for the run; BINARY the sanwang to measure (default
# build/sanwang, which it does not build). Three wrk clients run together for the same
# duration, 64 connections in all:
#   case-get     24 connections: GET /api/v1/cases/{random id} as `center` (case_get.lua)
#   open311-get  24 connections: GET /open311/v2/requests.json?page_size=100, public
#                (fixed_get.lua; answered from the feed cache)
#   dashboard    16 connections: GET /api/v1/dashboard as `leader`, the whole district's
#                last 30 days (fixed_get.lua)
# after a warm-up of the same mix. Prints one line per route (requests per second, p50,
# p90, p99 and max latency in ms) and the load average before the measured run.
set -euo pipefail
shopt -s inherit_errexit

cases=${1:-16000}
repo=$(cd "$(dirname "$0")/../.." && pwd)
here=$repo/bench/http
bin=${2:-$repo/build/sanwang}
keep=${SANWANG_BENCH_HTTP_DIR:-$repo/build-bench/http}
duration=${SANWANG_BENCH_DURATION:-20s}
warmup=5s

work=$(mktemp -d /tmp/sanwang-mixed-bench.XXXXXX)
pids=()
# shellcheck source=../lib.sh
source "$repo/bench/lib.sh"
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# A copy of the pristine demo database with N cases, built by BINARY when missing.
cp "$(pristine_sqlite_demo)" "$work/demo.db"
start_sanwang "sqlite:$work/demo.db"
center=$(sign_in center)
leader=$(sign_in leader)
url=http://127.0.0.1:$server_port/

# Runs the three clients together for DURATION; each writes its wrk output to DIR/ROUTE.txt.
mix() {
  local d=$1 dir=$2 waits=()
  mkdir -p "$dir"
  SANWANG_BENCH_TOKEN=$center SANWANG_BENCH_CASES=$cases \
    timeout 120 wrk -t1 -c24 -d "$d" --latency --timeout 10s -s "$here/case_get.lua" "$url" \
    >"$dir/case-get.txt" 2>&1 &
  waits+=($!)
  SANWANG_BENCH_TOKEN="" SANWANG_BENCH_PATH='/open311/v2/requests.json?page_size=100' \
    timeout 120 wrk -t1 -c24 -d "$d" --latency --timeout 10s -s "$here/fixed_get.lua" "$url" \
    >"$dir/open311-get.txt" 2>&1 &
  waits+=($!)
  SANWANG_BENCH_TOKEN=$leader SANWANG_BENCH_PATH=/api/v1/dashboard \
    timeout 120 wrk -t1 -c16 -d "$d" --latency --timeout 10s -s "$here/fixed_get.lua" "$url" \
    >"$dir/dashboard.txt" 2>&1 &
  waits+=($!)
  local w
  for w in "${waits[@]}"; do wait "$w"; done
}

say "warm-up $warmup"
mix "$warmup" "$work/warmup"
load=$(cut -d' ' -f1-3 /proc/loadavg)
say "measured run $duration, load average before: $load"
mix "$duration" "$work/run"

echo "mixed load, $cases cases, $(basename "$bin"), load average before $load; latency in ms"
echo "| route | connections | req/s | p50 | p90 | p99 | max | non-2xx | socket errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for route in case-get:24 open311-get:24 dashboard:16; do
  name=${route%%:*}
  grep -h "first unexpected" "$work/run/$name.txt" >&2 || true
  grep '^WRK_RESULT ' "$work/run/$name.txt" | awk -v n="$name" -v c="${route##*:}" \
    '{ printf "| %s | %s | %.0f | %.2f | %.2f | %.2f | %.2f | %d | %d |\n", n, c, $4, $5/1000, $6/1000, $7/1000, $8/1000, $9, $10 }'
done
