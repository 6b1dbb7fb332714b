#!/usr/bin/env bash
# Two real `sanwang serve` processes on one PostgreSQL (this test's own cluster,
# scripts/pg-test-cluster.sh, loopback), as a city runs them behind nginx. Checked:
#   - a session signed in on one server is valid on the other;
#   - the same case moved on both servers at the same moment: exactly one move wins, the
#     other is refused (409 or 422), one event is written and the case agrees with its
#     events — no lost update, on cases of the demo, several rounds;
#   - the catalog changed through one server is served by the other within seconds
#     (cli/domain_watch.h), without a restart;
#   - the minute sweep runs on exactly one server; the holder killed (SIGKILL), the other
#     takes the sweep over once its lease has run out (cli/sweep_lease.h). The sweep runs
#     every 3 s here, so the takeover is expected within 30 s.
#
#   tests/two_servers_test.sh SANWANG_BINARY SOURCE_DIR
#
# Exits 77 (skipped) without the PostgreSQL 15 server binaries, unless SANWANG_REQUIRE_PG=1.
set -euo pipefail
shopt -s inherit_errexit

bin=${1:?the sanwang binary}
source_dir=${2:?the source tree}
# shellcheck source=../scripts/lib/checks.sh
source "$source_dir/scripts/lib/checks.sh"
require_pg_server

work=$(mktemp -d /tmp/sanwang-two-servers.XXXXXX)
chmod 755 "$work"
cluster=$work/pg
pids=()
# shellcheck source=../scripts/lib/server.sh
source "$source_dir/scripts/lib/server.sh"
cleanup() {
  stop_servers
  bash "$source_dir/scripts/pg-test-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(free_port)
url=$(bash "$source_dir/scripts/pg-test-cluster.sh" start "$cluster" "$port")
psql_do() { /usr/lib/postgresql/15/bin/psql "$url" -qtAc "$1"; }
echo "sweep_interval_seconds = 3" >"$work/sanwang.toml"
db=(--db "$url" --home "$source_dir" --config "$work/sanwang.toml")
"$bin" "${db[@]}" --log-level warn demo --cases 60 >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; exit 1; }

serve_in_background "$work/a.log" "${db[@]}" --log-level info serve --listen 127.0.0.1:0
pid_a=$server_pid
port_a=$server_port
serve_in_background "$work/b.log" "${db[@]}" --log-level info serve --listen 127.0.0.1:0
pid_b=$server_pid
port_b=$server_port

sign_in() { # SERVER_PORT USERNAME
  curl -s -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"Sanwang2026\"}" \
    "http://127.0.0.1:$1/api/v1/auth/sign-in" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
status_of() { # SERVER_PORT TOKEN METHOD PATH [BODY]
  curl -s -o /dev/null -w '%{http_code}' --max-time 20 -H "Authorization: Bearer $2" \
    -H 'Content-Type: application/json' -X "$3" "http://127.0.0.1:$1/api/v1$4" ${5:+-d "$5"}
}

# --- sessions ---------------------------------------------------------------------------
center=$(sign_in "$port_a" center)
check "a token from server A is accepted by server B" "200" "$(status_of "$port_b" "$center" GET /auth/me)"

# --- the same case moved on both servers at once ----------------------------------------
# Matters filed now by a resident (routed to the grid where they lie), and an account of
# the unit that holds each.
resident=$(sign_in "$port_a" resident01)
item=$(psql_do "SELECT code FROM catalog_items WHERE tier = 'grid' ORDER BY code LIMIT 1")
for n in 1 2 3 4 5 6; do
  lon=$(python3 -c "print(113.76 + $n * 0.015)")
  status_of "$port_a" "$resident" POST /cases "{\"title\":\"两台服务器 two servers $n\",\"item_code\":\"$item\",\"lon\":$lon,\"lat\":34.03}" >/dev/null
done
mapfile -t races < <(psql_do "SELECT c.id, MIN(u.username) FROM cases c JOIN users u ON u.unit_id = c.unit_id
  WHERE c.state = 'dispatched' GROUP BY c.id ORDER BY c.id LIMIT 8")
check "the filed matters were dispatched to grids, to race on" "yes" "$([ "${#races[@]}" -ge 3 ] && echo yes || echo no)"
lost=0
for race in "${races[@]}"; do
  id=${race%%|*}
  who=${race#*|}
  token=$(sign_in "$port_a" "$who")
  events_before=$(psql_do "SELECT COUNT(*) FROM case_events WHERE case_id = $id")
  status_of "$port_a" "$token" POST "/cases/$id/transitions" '{"action":"accept"}' >"$work/race-a" &
  on_a=$!
  status_of "$port_b" "$token" POST "/cases/$id/transitions" '{"action":"accept"}' >"$work/race-b" &
  wait "$on_a" $!
  answers=$(sort <(cat "$work/race-a"; echo) <(cat "$work/race-b"; echo) | tr '\n' ' ' | xargs)
  events_after=$(psql_do "SELECT COUNT(*) FROM case_events WHERE case_id = $id")
  agrees=$(psql_do "SELECT c.state = 'accepted' AND c.version = (SELECT COUNT(*) - 1 FROM case_events e
    WHERE e.case_id = c.id) FROM cases c WHERE c.id = $id")
  echo "case $id accepted by $who on both servers at once: answers $answers, events $events_before -> $events_after"
  case "$answers" in
    "200 409" | "200 422") ;;
    *) lost=$((lost + 1)) ;;
  esac
  [ "$events_after" -eq $((events_before + 1)) ] && [ "$agrees" = t ] || lost=$((lost + 1))
done
check "each race: one move won, the other was refused, one event, the case agrees with its events" "0" "$lost"

# --- the catalog changed through A, served by B -----------------------------------------
admin=$(sign_in "$port_a" admin)
item=$(curl -s "http://127.0.0.1:$port_b/api/v1/catalog/items/A01-001")
hours=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["sla_hours"])' "$item")
changed=$(python3 -c 'import json, sys
item = json.loads(sys.argv[1])
print(json.dumps({"name_zh": item["name"], "name_en": item["name_en"],
                  "tier": item["tier"], "department": item.get("department") or "",
                  "sla_hours": item["sla_hours"] + 5, "online_answer_zh": item["online_answer"],
                  "online_answer_en": item["online_answer_en"],
                  "keywords": item.get("keywords") or ""}))' "$item")
check "the catalog item is changed through server A" "200" \
  "$(status_of "$port_a" "$admin" PUT /catalog/items/A01-001 "$changed")"
seen=no
for _ in $(seq 100); do
  now=$(curl -s "http://127.0.0.1:$port_b/api/v1/catalog/items/A01-001" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["sla_hours"])')
  if [ "$now" = $((hours + 5)) ]; then
    seen=yes
    break
  fi
  sleep 0.1
done
check "server B serves the change within 10 s, without a restart" "yes" "$seen"

# --- the sweep: one holder, taken over when it dies -------------------------------------
holder=""
for _ in $(seq 300); do
  grep -q 'sweep: this server sweeps' "$work/a.log" && holder=a && break
  grep -q 'sweep: this server sweeps' "$work/b.log" && holder=b && break
  sleep 0.1
done
check "one of the servers sweeps" "yes" "$([ -n "$holder" ] && echo yes || echo no)"
both=$(grep -l 'sweep: this server sweeps' "$work/a.log" "$work/b.log" | wc -l)
check "only one of them" "1" "$both"
if [ "$holder" = a ]; then
  killed=$pid_a other=$work/b.log
else
  killed=$pid_b other=$work/a.log
fi
kill -KILL "$killed"
wait "$killed" 2>/dev/null || true
started=$(date +%s)
taken=no
for _ in $(seq 300); do
  grep -q 'sweep: this server sweeps' "$other" && taken=yes && break
  sleep 0.1
done
echo "the sweep's holder (server $holder) killed; the other swept after $(($(date +%s) - started)) s"
check "the other server takes the sweep over within 30 s" "yes" "$taken"

if [ "$failures" -ne 0 ]; then
  echo "--- server A log"; tail -30 "$work/a.log"
  echo "--- server B log"; tail -30 "$work/b.log"
  exit 1
fi
echo "all checks passed"
