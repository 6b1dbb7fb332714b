#!/usr/bin/env bash
# HTTP load benchmark (bench/http/README.md): wrk against `sanwang serve` on a demo
# database of N cases (default 100,000), beside nginx serving saved sanwang answers as
# static files of exactly the same bytes.
#
#   bash bench/http/run.sh [N]
#
# Cases, each a 3 s warm-up then a measured wrk run (2 threads, 32 connections, 15 s):
#   nginx-static    nginx: the saved GET /open311/v2/requests.json?page_size=100 answer
#   nginx-case      nginx: the saved GET /api/v1/cases/ID answer (one case, ~1.3 KB)
#   nginx-miss      nginx: the saved answer to one of open311-miss's queries (~50 KB)
#   open311-get     sanwang on SQLite: GET /open311/v2/requests.json?page_size=100 (cached)
#   case-get        sanwang on SQLite: GET /api/v1/cases/{random id} as `center` (case_get.lua)
#   open311-miss    sanwang on SQLite: the Open311 list, another 30-day window each request
#                   (open311_miss.lua): the feed cache never answers
#   inbox           sanwang on SQLite: the five inbox tabs and their counts as a street's
#                   staff (staff_list.lua)
#   case-list       sanwang on SQLite: filtered case lists with totals as `center` (staff_list.lua)
#   case-post       sanwang on SQLite: POST /api/v1/cases as `center` (post_case.lua)
#   …-pg            the GETs again on PostgreSQL (skipped with SANWANG_BENCH_PG=0, or when
#                   building the demo there takes longer than SANWANG_BENCH_PG_TIMEOUT)
#
# Every server listens on 127.0.0.1 only and is stopped on exit. The pristine demo
# databases (a SQLite file, a stopped PostgreSQL cluster) are kept in build-bench/http/
# and reused when they hold N cases; each run works on a copy, so the POSTs of one run
# never reach the next.
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
sample_case=4711  # the case whose answer nginx serves beside case-get
staff_user=street-411002001  # the inbox's account: staff of a street

work=$(mktemp -d /tmp/sanwang-http-bench.XXXXXX)
chmod 755 "$work"  # nginx workers (nobody) and the cluster (postgres) read below it
results=$keep/last-run
pids=()
# shellcheck source=../lib.sh
source "$repo/bench/lib.sh"

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

# --- servers (the demo databases, start_sanwang and sign_in: bench/lib.sh) -------------

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    [ -z "$(ss -Htln "sport = :$port")" ] && { echo "$port"; return; }
  done
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
# PostgreSQL's postmaster ($pg_master) and its processes now.
pg_master=""
pg_pids() { echo "$pg_master $(children_of "$pg_master" | tr '\n' ' ')"; }

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
  # PostgreSQL's backends start with the server's connections: listed after the warm-up.
  [ "$db" = PG_PIDS ] && db=$(pg_pids)
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

# The nginx case each sanwang case is compared with: the static file of the same size.
reference_of() {
  case "$1" in
    case-get*) echo nginx-case ;;
    open311-miss*) echo nginx-miss ;;
    inbox* | case-list*) echo "" ;;
    nginx-*) echo "$1" ;;
    *) echo nginx-static ;;
  esac
}

print_summary() {
  local post_rps="" row
  declare -A nginx_rps nginx_p50
  echo
  echo "HTTP load, $cases demo cases: wrk -t$threads -c$connections -d$duration --latency --timeout 10s" \
       "after a $warmup warm-up. Latency in ms. Bytes: the average answer (header and body) on the wire." \
       "req/s ÷ nginx: against the nginx case of the same size (nginx-case for case-get, nginx-miss for" \
       "open311-miss, nginx-static otherwise; none for the lists). CPU: seconds used during the measured run" \
       "(2 cores × ${duration_s} s = $((duration_s * 2)) s available)."
  echo
  echo "| case | req/s | bytes | p50 | p90 | p99 | max | non-2xx | socket errors | req/s ÷ nginx | p50 ÷ nginx | server CPU | db CPU | wrk CPU | load avg before |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for row in "${rows[@]}"; do
    local f
    read -ra f <<<"$row"
    # name WRK_RESULT requests duration rps p50 p90 p99 max non2xx sockerr bytes server db wrk load×3
    local name=${f[0]} rps=${f[4]} p50=${f[5]}
    case "$name" in nginx-*) nginx_rps[$name]=$rps; nginx_p50[$name]=$p50 ;; esac
    if [ "$name" = case-post ]; then post_rps=$rps; fi
    local ratio="–" lratio="–" ref
    ref=$(reference_of "$name")
    if [ -n "$ref" ] && [ -n "${nginx_rps[$ref]:-}" ]; then
      ratio=$(awk -v a="$rps" -v b="${nginx_rps[$ref]}" 'BEGIN { printf "%.3f", a / b }')
      lratio=$(awk -v a="$p50" -v b="${nginx_p50[$ref]}" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
    fi
    local per=$(awk -v b="${f[11]}" -v n="${f[2]}" 'BEGIN { printf "%.0f", (n > 0 ? b / n : 0) }')
    printf '| %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
      "$name" "$rps" "$per" "$(ms "$p50")" "$(ms "${f[6]}")" "$(ms "${f[7]}")" "$(ms "${f[8]}")" "${f[9]}" "${f[10]}" \
      "$ratio" "$lratio" "${f[12]}" "${f[13]}" "${f[14]}" "${f[15]} ${f[16]} ${f[17]}"
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

# Saves the answer to GET PATH (as TOKEN, if given) under $work/static/PATH for nginx,
# checking that it is a 200; prints its size in bytes.
save_answer() {
  local path=$1 token=${2:-} file=$work/static${1%%\?*} code
  mkdir -p "$(dirname "$file")"
  local auth=()
  [ -n "$token" ] && auth=(-H "Authorization: Bearer $token")
  code=$(curl -s -o "$file" -w '%{http_code}' "${auth[@]}" "http://127.0.0.1:$server_port$path")
  [ "$code" = 200 ] || { echo "sanwang GET $path answered $code" >&2; exit 1; }
  chmod 644 "$file"
  stat -c %s "$file"
}

# Runs the GET cases of the lists and of one case on the server at server_port (fresh for
# each case), on DB URL; SUFFIX names the rows ("" or "-pg"); DB_PIDS as for measure.
read_cases() {
  local url=$1 suffix=$2 db_pids=${3:-} token staff
  start_sanwang "$url"
  token=$(sign_in center)
  export SANWANG_BENCH_TOKEN=$token SANWANG_BENCH_CASES=$cases
  measure "case-get$suffix" "http://127.0.0.1:$server_port/" "$here/case_get.lua" "$server_pid" "$db_pids"
  stop_pid "$server_pid"

  start_sanwang "$url"
  measure "open311-miss$suffix" "http://127.0.0.1:$server_port/" "$here/open311_miss.lua" "$server_pid" "$db_pids"
  stop_pid "$server_pid"

  start_sanwang "$url"
  staff=$(sign_in "$staff_user")
  SANWANG_BENCH_TOKEN=$staff SANWANG_BENCH_LIST=inbox \
    measure "inbox$suffix" "http://127.0.0.1:$server_port/" "$here/staff_list.lua" "$server_pid" "$db_pids"
  stop_pid "$server_pid"

  start_sanwang "$url"
  token=$(sign_in center)
  SANWANG_BENCH_TOKEN=$token SANWANG_BENCH_LIST=filter \
    measure "case-list$suffix" "http://127.0.0.1:$server_port/" "$here/staff_list.lua" "$server_pid" "$db_pids"
  stop_pid "$server_pid"
}

# --- the run -----------------------------------------------------------------------

iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }

install_tools
build
rm -rf "$results"
mkdir -p "$results" "$work/static/open311/v2"
pristine=$(pristine_sqlite_demo)
cp "$pristine" "$work/sanwang.db"

# The answers nginx serves, saved from sanwang: both then send the same bytes. open311_miss.lua
# asks for 30-day windows ending at and before the newest case; nginx serves its first one.
newest=$(sqlite3 "$work/sanwang.db" "SELECT max(created_at) + 1 FROM cases")
miss_query="/open311/v2/requests.json?page_size=100&start_date=$(iso $((newest - 30 * 86400)))&end_date=$(iso "$newest")"
start_sanwang "sqlite:$work/sanwang.db"
saved=$work/static/open311/v2/requests.json
save_answer "$query" >/dev/null
items=$(grep -o '"service_request_id"' "$saved" | wc -l)
[ "$items" = 100 ] || { echo "the GET returned $items requests, not 100" >&2; exit 1; }
cp "$saved" "$results/requests.json"
case_bytes=$(save_answer "/api/v1/cases/$sample_case" "$(sign_in center)")
cp "$work/static/api/v1/cases/$sample_case" "$results/case-$sample_case.json"
# Under another name: the miss query's path is the cached GET's path.
mkdir -p "$work/static/miss/open311/v2"
curl -s -o "$work/static/miss/open311/v2/requests.json" "http://127.0.0.1:$server_port$miss_query"
items=$(grep -o '"service_request_id"' "$work/static/miss/open311/v2/requests.json" | wc -l)
[ "$items" = 100 ] || { echo "the miss query returned $items requests, not 100" >&2; exit 1; }
cp "$work/static/miss/open311/v2/requests.json" "$results/requests-miss.json"
chmod -R a+rX "$work/static"
stop_pid "$server_pid"

start_nginx
for path in "$query" "/api/v1/cases/$sample_case" "/miss/open311/v2/requests.json"; do
  code=$(curl -s -o "$work/from-nginx" -w '%{http_code}' "http://127.0.0.1:$nginx_port$path")
  [ "$code" = 200 ] || { echo "nginx answered $code to $path" >&2; exit 1; }
  cmp -s "$work/static${path%%\?*}" "$work/from-nginx" || { echo "nginx does not send the saved bytes of $path" >&2; exit 1; }
done
say "nginx and sanwang answer 200 with the same bodies: $(stat -c %s "$saved") bytes (Open311 page)," \
  "$case_bytes bytes (case $sample_case), $(stat -c %s "$results/requests-miss.json") bytes (Open311 window)"
cp "$work/nginx/nginx.conf" "$results/nginx.conf"
nginx_pids="$nginx_pid $(children_of "$nginx_pid" | tr '\n' ' ')"
measure nginx-static "http://127.0.0.1:$nginx_port$query" "$here/report.lua" "$nginx_pids"
measure nginx-case "http://127.0.0.1:$nginx_port/api/v1/cases/$sample_case" "$here/report.lua" "$nginx_pids"
measure nginx-miss "http://127.0.0.1:$nginx_port/miss/open311/v2/requests.json" "$here/report.lua" "$nginx_pids"
stop_pid "$nginx_pid"

# A fresh server for each case, so that its 60 s timer sweep does not fall in a run.
start_sanwang "sqlite:$work/sanwang.db"
measure open311-get "http://127.0.0.1:$server_port$query" "$here/report.lua" "$server_pid"
stop_pid "$server_pid"

export SANWANG_BENCH_END=$newest SANWANG_BENCH_THREADS=$threads
read_cases "sqlite:$work/sanwang.db" ""

start_sanwang "sqlite:$work/sanwang.db"
token=$(sign_in center)
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
  if pg_url=$(pg_demo); then
    pg_master=$(head -1 "$work/pg/postmaster.pid")
    start_sanwang "$pg_url"
    code=$(curl -s -o "$results/requests-pg.json" -w '%{http_code}' "http://127.0.0.1:$server_port$query")
    [ "$code" = 200 ] || { echo "sanwang GET on PostgreSQL answered $code" >&2; exit 1; }
    say "PostgreSQL GET: 200, $(stat -c %s "$results/requests-pg.json") bytes"
    measure open311-get-pg "http://127.0.0.1:$server_port$query" "$here/report.lua" "$server_pid" PG_PIDS
    stop_pid "$server_pid"
    SANWANG_BENCH_END=$(runuser -u postgres -- /usr/lib/postgresql/15/bin/psql -h 127.0.0.1 -p "$pg_port" \
      -U postgres -d sanwang_test -qtAc "SELECT max(created_at) + 1 FROM cases")
    export SANWANG_BENCH_END
    read_cases "$pg_url" "-pg" PG_PIDS
  else
    say "PostgreSQL skipped: the demo failed or did not finish within $pg_timeout s"
  fi
  "$repo/scripts/pg-test-cluster.sh" stop "$work/pg"
fi

print_summary | tee "$results/summary.md"
