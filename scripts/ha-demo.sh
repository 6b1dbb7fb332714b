#!/usr/bin/env bash
# Failover on one machine, on loopback: pg_auto_failover runs a monitor and two PostgreSQL 15
# nodes (the standby synchronous), two `sanwang serve` share the database through libpq's
# multi-host URL (target_session_attrs=read-write), two writers file matters against them,
# and the primary is killed (its keeper and its postmaster, as if the machine died). Reports
# the failover time (from the kill to the first matter filed again), the requests that failed
# meanwhile by status, the requests that hung (no answer within 10 s), and the acknowledged
# matters missing afterwards from the new primary (the goal is 0). Not part of the test
# command: it takes a few minutes. Installs pg_auto_failover's Debian packages if missing.
#
#   bash scripts/ha-demo.sh [SECONDS_BEFORE_KILL [SECONDS_AFTER_KILL]]
set -euo pipefail

before=${1:-15}
after=${2:-120}
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${SANWANG_BIN:-$repo/build/sanwang}
base=${SANWANG_HA_PORT:-56600}
work=$(mktemp -d /tmp/sanwang-ha.XXXXXX)
chmod 755 "$work"  # the nodes run as the postgres account
pg=$work/pg
pg_path=/usr/lib/postgresql/15/bin:/usr/sbin:/usr/bin:/sbin:/bin
pids=()
HOME_PG=$(getent passwd postgres | cut -d: -f6)

say() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

for p in pg-auto-failover-cli postgresql-15-auto-failover; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends \
      pg-auto-failover-cli postgresql-15-auto-failover >&2
    break
  fi
done

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- env PATH="$pg_path" "$@"; else sudo -u postgres env PATH="$pg_path" "$@"; fi
}

cleanup() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    for log in "$work"/*.log; do
      [ -f "$log" ] && { echo "== $log" >&2; tail -15 "$log" >&2; }
    done
  fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for d in node1 node2 monitor; do
    [ -d "$pg/$d" ] && as_pg pg_autoctl stop --pgdata "$pg/$d" --immediate >/dev/null 2>&1 || true
  done
  sleep 1
  pkill -9 -u postgres -f "$work" 2>/dev/null || true
  as_pg rm -rf "$HOME_PG/.config/pg_autoctl$work" "$HOME_PG/.local/share/pg_autoctl$work" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The nodes' folders (and pg_autoctl's backup folder beside them) belong to postgres.
mkdir -m 700 "$pg"
chown postgres:postgres "$pg" 2>/dev/null || sudo chown postgres:postgres "$pg"
monitor_port=$base
node_port=([1]=$((base + 1)) [2]=$((base + 2)))
say "monitor on 127.0.0.1:$monitor_port"
as_pg pg_autoctl create monitor --pgdata "$pg/monitor" --pgport "$monitor_port" --hostname 127.0.0.1 \
  --auth trust --no-ssl >"$work/monitor-create.log" 2>&1
as_pg pg_autoctl run --pgdata "$pg/monitor" >"$work/monitor.log" 2>&1 &
monitor_uri="postgres://autoctl_node@127.0.0.1:$monitor_port/pg_auto_failover?sslmode=disable"
for _ in $(seq 60); do
  psql -qAt "$monitor_uri" -c "SELECT 1" >/dev/null 2>&1 && break
  sleep 0.5
done

start_node() {
  local n=$1
  as_pg pg_autoctl create postgres --pgdata "$pg/node$n" --pgport "${node_port[$n]}" --hostname 127.0.0.1 \
    --name "node$n" --monitor "$monitor_uri" --auth trust --no-ssl --dbname sanwang \
    >"$work/node$n-create.log" 2>&1
  as_pg pg_autoctl run --pgdata "$pg/node$n" >"$work/node$n.log" 2>&1 &
}

state_of() {  # the state node N last reported to the monitor
  psql -qAt "$monitor_uri" -c "SELECT reportedstate FROM pgautofailover.node WHERE nodename = 'node$1'" 2>/dev/null
}

wait_for_state() {  # node, state, seconds
  for _ in $(seq $(($3 * 2))); do
    [ "$(state_of "$1")" = "$2" ] && return 0
    sleep 0.5
  done
  psql -qA "$monitor_uri" -c "SELECT nodename, reportedstate, goalstate FROM pgautofailover.node" >&2 || true
  echo "ha-demo: node$1 did not reach $2" >&2
  exit 1
}

say "node1 (the first primary) on ${node_port[1]}"
start_node 1
wait_for_state 1 single 120
say "node2 (its synchronous standby) on ${node_port[2]}"
start_node 2
wait_for_state 2 secondary 180
wait_for_state 1 primary 60

url="postgresql://postgres@127.0.0.1:${node_port[1]},127.0.0.1:${node_port[2]}/sanwang?target_session_attrs=read-write&connect_timeout=3"
say "the demo district (no cases) through $url"
"$bin" --db "$url" --home "$repo" --log-level warn demo --cases 0 >"$work/demo.log" 2>&1

# shellcheck source=lib/server.sh
source "$repo/scripts/lib/server.sh"
ports=()
for s in 1 2; do
  serve_in_background "$work/server$s.log" --db "$url" --home "$repo" --config "$repo/bench/limits-off.toml" \
    --log-level warn serve --listen 127.0.0.1:0
  ports+=("$server_port")
done
say "servers on ${ports[*]}"

token=$(curl -s -X POST -H 'Content-Type: application/json' \
  -d '{"username":"center","password":"Sanwang2026"}' "http://127.0.0.1:${ports[0]}/api/v1/auth/sign-in" |
  sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "ha-demo: sign-in failed" >&2; exit 1; }
item=$(awk -F, '$7 == "grid" { print $1; exit }' "$repo/data/catalog/catalog.csv")

# One writer per server: a matter at a time, each line "answered-at http-code seconds id
# sent-at" (times in ms since the epoch).
writer() {
  local port=$1 out=$2 end=$3 n=0 answer code sent
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1))
    sent=$(date +%s%3N)
    answer=$(curl -s -o "$work/body.$port" -w '%{http_code} %{time_total}' --max-time 10 \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"title\":\"切换演练 failover $port-$n\",\"item_code\":\"$item\",\"lon\":113.80,\"lat\":34.02}" \
      "http://127.0.0.1:$port/api/v1/cases" || true)
    code=${answer%% *}
    id=$(grep -o '"id":[0-9]*' "$work/body.$port" 2>/dev/null | head -1 | cut -d: -f2 || true)
    echo "$(date +%s%3N) $answer ${id:-0} $sent" >>"$out"
    [ "$code" = "201" ] || sleep 0.2
  done
}

end=$(($(date +%s) + before + after))
writer "${ports[0]}" "$work/writes1" "$end" &
w1=$!
writer "${ports[1]}" "$work/writes2" "$end" &
w2=$!
sleep "$before"

echo "the primary's synchronous standby: $(psql -qAt "postgresql://postgres@127.0.0.1:${node_port[1]}/sanwang" \
  -c "SHOW synchronous_standby_names")"
say "killing the primary, node1 (its keeper, then its postmaster)"
keeper=$(pgrep -o -u postgres -f "pg_autoctl run --pgdata $pg/node1")
postmaster=$(head -1 "$pg/node1/postmaster.pid")
kill_ms=$(date +%s%3N)
kill -9 "$keeper" $(pgrep -P "$keeper" || true) 2>/dev/null || true
kill -9 "$postmaster" 2>/dev/null || true
wait "$w1" "$w2"

cat "$work/writes1" "$work/writes2" | sort -n >"$work/writes"
total=$(wc -l <"$work/writes")
acked=$(awk '$2 == 201' "$work/writes" | wc -l)
# The first matter filed by a request sent after the kill: one sent before may have been
# committed by the old primary before it died.
first_after=$(awk -v k="$kill_ms" '$5 > k && $2 == 201 && (min == "" || $1 < min) { min = $1 } END { print min }' \
  "$work/writes")
hung=$(awk '$3 >= 10' "$work/writes" | wc -l)
echo "requests: $total, acknowledged (201): $acked"
echo "failed, by status:"
awk '$2 != 201 { c[$2]++ } END { for (s in c) printf "  %s: %d\n", (s == "000" ? "no answer" : s), c[s] }' "$work/writes"
echo "hung (no answer within 10 s): $hung"
if [ -n "$first_after" ]; then
  echo "failover: $(echo "scale=1; ($first_after - $kill_ms) / 1000" | bc) s from the kill to the first matter filed again"
else
  echo "failover: no matter filed after the kill"
fi
state=$(state_of 2)
echo "node2 is now: $state"

new_primary="postgresql://postgres@127.0.0.1:${node_port[2]}/sanwang"
awk '$2 == 201 && $4 > 0 { print $4 }' "$work/writes" | sort -n >"$work/acked-ids"
psql -qAt "$new_primary" -c "SELECT id FROM cases ORDER BY id" >"$work/stored-ids"
missing=$(comm -23 "$work/acked-ids" "$work/stored-ids" | wc -l)
echo "acknowledged matters missing on the new primary: $missing"
[ "$missing" -eq 0 ]
