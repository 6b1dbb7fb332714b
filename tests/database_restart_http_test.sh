#!/usr/bin/env bash
# PostgreSQL restarted, then its postmaster killed and started again, under a write load
# that comes through HTTP to a real `sanwang serve` (tests/database_restart_test.cc does
# the same below the routes). The cluster is this test's own (scripts/pg-test-cluster.sh,
# loopback). Checked:
#   - every write is answered 201 or 503 (a clean refusal), never 500 and never a hang
#     (curl gives up after 20 s);
#   - writes succeed again after each outage without restarting Sanwang;
#   - every account a write was acknowledged for (201) is in the database afterwards.
#
#   tests/database_restart_http_test.sh SANWANG_BINARY SOURCE_DIR
#
# Exits 77 (skipped) without the PostgreSQL 15 server binaries, unless SANWANG_REQUIRE_PG=1.
set -euo pipefail
shopt -s inherit_errexit

bin=${1:?the sanwang binary}
source_dir=${2:?the source tree}
# shellcheck source=../scripts/lib/checks.sh
source "$source_dir/scripts/lib/checks.sh"
require_pg_server

work=$(mktemp -d /tmp/sanwang-pg-restart.XXXXXX)
chmod 755 "$work"
cluster=$work/pg
pids=()
# shellcheck source=../scripts/lib/server.sh
source "$source_dir/scripts/lib/server.sh"
cleanup() {
  touch "$work/stop"
  stop_servers
  bash "$source_dir/scripts/pg-test-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(free_port)
url=$(bash "$source_dir/scripts/pg-test-cluster.sh" start "$cluster" "$port")
cluster_do() { bash "$source_dir/scripts/pg-test-cluster.sh" "$1" "$cluster" "$port" >/dev/null; }

password='Pg-Restart-2026!'
db=(--db "$url" --home "$source_dir")
"$bin" init "${db[@]}" --log-level warn >/dev/null
"$bin" import divisions "${db[@]}" --log-level warn >/dev/null 2>&1
echo "$password" | "$bin" user add tester --role admin --unit 411002 --name "重启测试 restart test" \
  --password-stdin "${db[@]}" --log-level warn >/dev/null
serve_in_background "$work/sanwang.log" serve --listen 127.0.0.1:0 "${db[@]}" --log-level info
api=http://127.0.0.1:$server_port/api/v1
token=$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"tester\",\"password\":\"$password\"}" \
  "$api/auth/sign-in" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "FAILED: sign-in"; tail -20 "$work/sanwang.log"; exit 1; }

# Two writers, each adding accounts one after another and noting "name status".
writer() {
  local n=0 status
  while [ ! -e "$work/stop" ]; do
    n=$((n + 1))
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' "$api/users" \
      -d "{\"username\":\"w$1-$n\",\"display_name\":\"新账号\",\"role\":\"resident\",\"password\":\"Weidu2026ok\"}" || true)
    echo "w$1-$n $status" >>"$work/writes-$1"
  done
}
writer 1 & pids+=($!)
writer 2 & pids+=($!)
acknowledged_count() { cat "$work"/writes-* 2>/dev/null | grep -c ' 201$' || true; }
# Until N more writes were answered 201, for at most two minutes: each write hashes the new
# account's password, slow under the sanitizers and beside other tests.
wait_for_writes() {
  local target=$(($(acknowledged_count) + $1))
  for _ in $(seq 1200); do
    [ "$(acknowledged_count)" -ge "$target" ] && return 0
    sleep 0.1
  done
  return 1
}

check "writes succeed under load" "yes" "$(wait_for_writes 20 && echo yes || echo no)"
cluster_do restart
check "writes succeed again after a restart" "yes" "$(wait_for_writes 20 && echo yes || echo no)"
cluster_do kill
sleep 2
cluster_do start
check "writes succeed again after the postmaster was killed and started" "yes" \
  "$(wait_for_writes 20 && echo yes || echo no)"
touch "$work/stop"
wait "${pids[1]}" "${pids[2]}" 2>/dev/null || true

answers=$(cat "$work"/writes-* | awk '{print $2}' | sort | uniq -c | awk '{print $2 ":" $1}' | tr '\n' ' ')
echo "answers: $answers"
check "every write was answered 201 or 503" "" "$(cat "$work"/writes-* | awk '$2 != 201 && $2 != 503' | head -5)"
check "the outage was seen as 503s" "yes" "$(grep -q ' 503$' "$work"/writes-* && echo yes || echo no)"
stored=$(/usr/lib/postgresql/15/bin/psql "$url" -qtAc "SELECT username FROM users")
acknowledged=$(cat "$work"/writes-* | awk '$2 == 201 {print $1}')
missing=$(comm -23 <(sort <<<"$acknowledged") <(sort <<<"$stored") | wc -l)
check "every acknowledged account is in the database ($(wc -l <<<"$acknowledged") acknowledged)" "0" "$missing"

if [ "$failures" -ne 0 ]; then
  echo "--- sanwang log"; tail -30 "$work/sanwang.log"
  exit 1
fi
echo "all checks passed"
