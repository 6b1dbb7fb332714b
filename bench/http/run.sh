#!/usr/bin/env bash
# HTTP load benchmark (bench/http/README.md): wrk against `sanwang serve` on a demo
# database of N cases (default 100,000), beside nginx serving one saved Open311 response
# as a static file of exactly the same bytes.
#
#   bash bench/http/run.sh [N]
#
# Cases, each a 3 s warm-up then a measured wrk run (2 threads, 32 connections, 15 s):
#   nginx-static   nginx: the saved GET /open311/v2/requests.json?page_size=100 response
#   open311-get    sanwang on SQLite: GET /open311/v2/requests.json?page_size=100
#   case-post      sanwang on SQLite: POST /api/v1/cases as `center` (post_case.lua)
#   open311-get-pg sanwang on PostgreSQL: the same GET (skipped with SANWANG_BENCH_PG=0,
#                  or when building the demo there takes longer than SANWANG_BENCH_PG_TIMEOUT)
#
# Every server listens on 127.0.0.1 only and is stopped on exit. The pristine SQLite demo
# database is kept in build-bench/http/ and reused when it holds N cases; each run works
# on a copy, so the POSTs of one run never reach the next.
set -euo pipefail
shopt -s inherit_errexit

cases=${1:-100000}
repo=$(cd "$(dirname "$0")/../.." && pwd)
here=$repo/bench/http
bin=$repo/build/sanwang
keep=${SANWANG_BENCH_HTTP_DIR:-$repo/build-bench/http}
threads=2
connections=${SANWANG_BENCH_CONNECTIONS:-32}
duration=${SANWANG_BENCH_DURATION:-15s}
warmup=3s
run_pg=${SANWANG_BENCH_PG:-1}
pg_port=${SANWANG_BENCH_PG_PORT:-55441}
pg_timeout=${SANWANG_BENCH_PG_TIMEOUT:-900}  # seconds allowed for the PostgreSQL demo
query='/open311/v2/requests.json?page_size=100'

work=$(mktemp -d /tmp/sanwang-http-bench.XXXXXX)
chmod 755 "$work"  # nginx workers (nobody) and the cluster (postgres) read below it
results=$keep/last-run
pids=()

say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  "$repo/scripts/pg-test-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- tools -------------------------------------------------------------------------

install_tools() {
  bash "$repo/scripts/install-deps.sh" >&2
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || missing+=(nginx-light)
  command -v curl >/dev/null || missing+=(curl)
  command -v ss >/dev/null || missing+=(iproute2)
  [ ${#missing[@]} -eq 0 ] && return
  local sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]; then
    "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=300 update -q
  fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y -q \
    --no-install-recommends "${missing[@]}" >&2
}

build() {
  say "building build/sanwang"
  cmake -S "$repo" -B "$repo/build" -G Ninja >/dev/null
  cmake --build "$repo/build" --target sanwang -j2 >&2
}

# --- demo databases ----------------------------------------------------------------

# Runs `sanwang demo` on URL with a line of progress every 10,000 cases. Returns non-zero
# when the demo fails or takes longer than LIMIT seconds.
make_demo() {
  local url=$1 limit=$2 started=$SECONDS line
  timeout "$limit" "$bin" demo --cases "$cases" --db "$url" --log-level warn 2>&1 >"$work/demo.out" |
    while IFS= read -r line; do
      case "$line" in
        "demo cases: "*0000/*|"demo cases: $cases/"*) say "  $line ($((SECONDS - started)) s)" ;;
        "demo cases: "*) ;;
        *) say "  $line" ;;
      esac
    done
}

case_count() { sqlite3 "$1" "SELECT count(*) FROM cases" 2>/dev/null || echo 0; }

# Prints the path of the pristine SQLite demo database with N cases, building it if needed.
sqlite_demo() {
  # Named by the schema and the demo's code, so a database built by older code is not reused.
  local key
  key=$(cat "$repo/src/store/schema.cc" "$repo"/src/cli/demo_*.cc | sha1sum | cut -c1-10)
  local db=$keep/demo-$cases-$key.db
  mkdir -p "$keep"
  if [ -f "$db" ] && [ "$(case_count "$db")" = "$cases" ]; then
    say "reusing $db ($cases cases)"
  else
    say "building the SQLite demo database with $cases cases"
    rm -f "$db" "$db.tmp" "$db.tmp-wal" "$db.tmp-shm"
    make_demo "sqlite:$db.tmp" 86400
    [ "$(case_count "$db.tmp")" = "$cases" ] || { echo "demo database has the wrong case count" >&2; exit 1; }
    sqlite3 "$db.tmp" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null  # all of it in the one file
    mv "$db.tmp" "$db"
  fi
  echo "$db"
}

# --- servers -----------------------------------------------------------------------

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    [ -z "$(ss -Htln "sport = :$port")" ] && { echo "$port"; return; }
  done
}

# Starts `sanwang serve` on URL and a free port; sets server_pid and server_port.
start_sanwang() {
  local url=$1 log=$work/sanwang-$RANDOM.log
  "$bin" serve --listen 127.0.0.1:0 --db "$url" --log-level warn >"$log" 2>&1 &
  server_pid=$!
  pids+=("$server_pid")
  for _ in $(seq 300); do
    server_port=$(sed -n 's|^sanwang listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")
    [ -n "$server_port" ] && return
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$log" >&2
  echo "sanwang serve did not start" >&2
  exit 1
}

# Stops a server this script started (SIGTERM: both finish the requests in flight).
stop_pid() {
  local pid=$1 left=() p
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${pids[@]}"; do [ "$p" = "$pid" ] || left+=("$p"); done
  pids=("${left[@]}")
}

# Starts nginx serving $work/static on a free port; sets nginx_pid and nginx_port.
start_nginx() {
  nginx_port=$(free_port)
  local dir=$work/nginx
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<EOF
daemon off;
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  types { application/json json; }
  default_type application/octet-stream;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
  }
}
EOF
  nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" &
  nginx_pid=$!
  pids+=("$nginx_pid")
  for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && return
    sleep 0.1
  done
  cat "$dir/error.log" >&2
  echo "nginx did not start" >&2
  exit 1
}

# CPU seconds (user + system) used so far by the given processes, all threads included;
# processes that are gone count 0.
cpu_seconds() {
  local tck ticks=0 pid stat f
  tck=$(getconf CLK_TCK)
  for pid in "$@"; do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    read -ra f <<<"${stat##*) }"  # fields from the 3rd on: utime and stime are the 14th and 15th
    ticks=$((ticks + f[11] + f[12]))
  done
  awk -v t="$ticks" -v hz="$tck" 'BEGIN { printf "%.2f", t / hz }'
}

children_of() { ps -o pid= --ppid "$1" | tr -d ' '; }

# --- wrk ---------------------------------------------------------------------------

rows=()
duration_s=${duration%s}

sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }

# Runs one case: a warm-up, then the measured run. NAME URL SCRIPT "SERVER PIDS" ["DB PIDS"]:
# the processes whose CPU time is reported as the server's and as the database's.
measure() {
  local name=$1 url=$2 script=$3 server=$4 db=${5:-}
  local args=(-t "$threads" -c "$connections" --timeout 10s -s "$script")
  say "$name: warm-up $warmup, then $duration with $threads threads and $connections connections"
  timeout 60 wrk "${args[@]}" -d "$warmup" "$url" >/dev/null
  local load s0 s1 d0 d1 wrk_cpu out=$results/$name.txt
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  s0=$(cpu_seconds $server)
  d0=$(cpu_seconds $db)
  local TIMEFORMAT='%U %S'
  { time timeout $((duration_s + 60)) wrk "${args[@]}" -d "$duration" --latency "$url" \
      >"$out" 2>"$results/$name.stderr"; } 2>"$work/time"
  s1=$(cpu_seconds $server)
  d1=$(cpu_seconds $db)
  wrk_cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$work/time")
  cat "$out" >&2
  if [ -s "$results/$name.stderr" ]; then cat "$results/$name.stderr" >&2; fi
  local result
  result=$(grep '^WRK_RESULT ' "$out") || { echo "$name: wrk printed no result" >&2; exit 1; }
  local db_cpu="–"
  [ -n "$db" ] && db_cpu=$(sub "$d1" "$d0")
  rows+=("$name $result $(sub "$s1" "$s0") $db_cpu $wrk_cpu $load")
}

ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

print_summary() {
  local nginx_rps="" nginx_p50="" post_rps="" row
  echo
  echo "HTTP load, $cases demo cases: wrk -t$threads -c$connections -d$duration --latency --timeout 10s" \
       "after a $warmup warm-up. Latency in ms. CPU: seconds used during the measured run" \
       "(2 cores × ${duration_s} s = $((duration_s * 2)) s available)."
  echo
  echo "| case | req/s | p50 | p90 | p99 | max | non-2xx | socket errors | req/s ÷ nginx | p50 ÷ nginx | server CPU | db CPU | wrk CPU | load avg before |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for row in "${rows[@]}"; do
    local f
    read -ra f <<<"$row"
    # name WRK_RESULT requests duration rps p50 p90 p99 max non2xx sockerr server db wrk load×3
    local name=${f[0]} rps=${f[4]} p50=${f[5]}
    if [ "$name" = nginx-static ]; then nginx_rps=$rps; nginx_p50=$p50; fi
    if [ "$name" = case-post ]; then post_rps=$rps; fi
    local ratio="–" lratio="–"
    if [ -n "$nginx_rps" ]; then
      ratio=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.3f", a / b }')
      lratio=$(awk -v a="$p50" -v b="$nginx_p50" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
    fi
    printf '| %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
      "$name" "$rps" "$(ms "$p50")" "$(ms "${f[6]}")" "$(ms "${f[7]}")" "$(ms "${f[8]}")" "${f[9]}" "${f[10]}" \
      "$ratio" "$lratio" "${f[11]}" "${f[12]}" "${f[13]}" "${f[14]} ${f[15]} ${f[16]}"
  done
  local raw
  raw=$(grep '^RAW_RESULT ' "$results/raw-sqlite-insert.txt" 2>/dev/null) || return 0
  read -ra f <<<"$raw"
  echo
  printf 'raw-sqlite-insert: %s cases in %s s = %s cases/s; per transaction p50 %s, p90 %s, p99 %s ms.\n' \
    "${f[1]}" "${f[2]}" "${f[3]}" "$(ms "${f[4]}")" "$(ms "${f[5]}")" "$(ms "${f[6]}")"
  [ -n "$post_rps" ] && awk -v a="$post_rps" -v b="${f[3]}" \
    'BEGIN { printf "case-post ÷ raw-sqlite-insert: %.2f\n", a / b }'
  return 0
}

# --- the run -----------------------------------------------------------------------

install_tools
build
rm -rf "$results"
mkdir -p "$results" "$work/static/open311/v2"
pristine=$(sqlite_demo)
cp "$pristine" "$work/sanwang.db"

# The GET response, saved for nginx: sanwang and nginx then send the same bytes.
start_sanwang "sqlite:$work/sanwang.db"
saved=$work/static/open311/v2/requests.json
code=$(curl -s -o "$saved" -w '%{http_code}' "http://127.0.0.1:$server_port$query")
[ "$code" = 200 ] || { echo "sanwang GET answered $code" >&2; exit 1; }
items=$(grep -o '"service_request_id"' "$saved" | wc -l)
[ "$items" = 100 ] || { echo "the GET returned $items requests, not 100" >&2; exit 1; }
cp "$saved" "$results/requests.json"
chmod 644 "$saved"
chmod -R a+rX "$work/static"
stop_pid "$server_pid"

start_nginx
code=$(curl -s -o "$work/from-nginx.json" -w '%{http_code}' "http://127.0.0.1:$nginx_port$query")
[ "$code" = 200 ] || { echo "nginx answered $code" >&2; exit 1; }
cmp -s "$saved" "$work/from-nginx.json" || { echo "nginx does not send the saved bytes" >&2; exit 1; }
say "both answer 200 with the same $(stat -c %s "$saved")-byte body"
cp "$work/nginx/nginx.conf" "$results/nginx.conf"
measure nginx-static "http://127.0.0.1:$nginx_port$query" "$here/report.lua" \
  "$nginx_pid $(children_of "$nginx_pid" | tr '\n' ' ')"
stop_pid "$nginx_pid"

# A fresh server for each case, so that its 60 s timer sweep does not fall in a run.
start_sanwang "sqlite:$work/sanwang.db"
measure open311-get "http://127.0.0.1:$server_port$query" "$here/report.lua" "$server_pid"
stop_pid "$server_pid"

start_sanwang "sqlite:$work/sanwang.db"
token=$(curl -s -X POST -H 'Content-Type: application/json' -d '{"username":"center","password":"Sanwang2026"}' \
  "http://127.0.0.1:$server_port/api/v1/auth/sign-in" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "sign-in as center failed" >&2; exit 1; }
before=$(case_count "$work/sanwang.db")
first_new_id=$(sqlite3 "$work/sanwang.db" "SELECT coalesce(max(id), 0) FROM cases")
export SANWANG_BENCH_TOKEN=$token SANWANG_BENCH_CATALOG=$repo/data/catalog/catalog.csv
measure case-post "http://127.0.0.1:$server_port/api/v1/cases" "$here/post_case.lua" "$server_pid"
stop_pid "$server_pid"
say "cases filed by the POST runs (warm-up included): $(( $(case_count "$work/sanwang.db") - before ))"

# The baseline for the POST: the same case and event rows inserted into a fresh copy of
# the demo by raw SQLite, a transaction each, WAL and synchronous=FULL like the server.
say "raw-sqlite-insert: the POSTed cases inserted again by raw SQLite for $duration"
cp "$pristine" "$work/raw.db"
/usr/bin/python3 "$here/raw_sqlite_insert.py" "$work/sanwang.db" "$first_new_id" "$work/raw.db" "${duration_s}" \
  | tee "$results/raw-sqlite-insert.txt" >&2

if [ "$run_pg" = 1 ]; then
  say "starting a throw-away PostgreSQL cluster on port $pg_port"
  pg_url=$("$repo/scripts/pg-test-cluster.sh" start "$work/pg" "$pg_port")
  say "building the PostgreSQL demo database with $cases cases (limit $pg_timeout s)"
  if make_demo "$pg_url" "$pg_timeout"; then
    start_sanwang "$pg_url"
    code=$(curl -s -o "$results/requests-pg.json" -w '%{http_code}' "http://127.0.0.1:$server_port$query")
    [ "$code" = 200 ] || { echo "sanwang GET on PostgreSQL answered $code" >&2; exit 1; }
    say "PostgreSQL GET: 200, $(stat -c %s "$results/requests-pg.json") bytes"
    pg_master=$(head -1 "$work/pg/postmaster.pid")
    measure open311-get-pg "http://127.0.0.1:$server_port$query" "$here/report.lua" \
      "$server_pid" "$pg_master $(children_of "$pg_master" | tr '\n' ' ')"
    stop_pid "$server_pid"
  else
    say "PostgreSQL skipped: the demo failed or did not finish within $pg_timeout s"
  fi
  "$repo/scripts/pg-test-cluster.sh" stop "$work/pg"
fi

print_summary | tee "$results/summary.md"
