#!/usr/bin/env bash
# The disk under the SQLite file fills up while the server runs, and space comes back
# (GB/T 22239 asks a level-3 system to keep working and lose nothing through such faults).
# The database lives on a small tmpfs of this test's own, in a private mount namespace
# (unshare --user --map-root-user --mount, so no privilege is needed and the mount goes with
# the test); a filler file takes the last free byte. Checked with curl:
#   - writes answer 503 with a clear error (no SQL in it), change nothing, and do not flood
#     the log;
#   - reads go on;
#   - once the filler is removed, writes succeed again without a restart;
#   - after a clean stop `PRAGMA integrity_check` says ok, and every account a write was
#     acknowledged for (201) is in the database.
#
#   tests/disk_full_test.sh SANWANG_BINARY SOURCE_DIR
#
# Exits 77 (skipped) where user namespaces are not allowed (unshare fails).
set -euo pipefail
shopt -s inherit_errexit

bin=${1:?the sanwang binary}
source_dir=${2:?the source tree}
if [ "${SANWANG_DISK_FULL_NAMESPACE:-}" != 1 ]; then
  if ! unshare --user --map-root-user --mount true 2>/dev/null; then
    echo "user and mount namespaces are not allowed here: skipped"
    exit 77
  fi
  exec unshare --user --map-root-user --mount env SANWANG_DISK_FULL_NAMESPACE=1 bash "$0" "$@"
fi

work=$(mktemp -d /tmp/sanwang-disk-full.XXXXXX)
disk=$work/disk
mkdir "$disk"
pids=()
# shellcheck source=../scripts/lib/server.sh
source "$source_dir/scripts/lib/server.sh"
# shellcheck source=../scripts/lib/checks.sh
source "$source_dir/scripts/lib/checks.sh"
cleanup() {
  stop_servers
  umount "$disk" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT


mount -t tmpfs -o size=24m tmpfs "$disk"
password='Disk-Full-2026!'
db=(--db "sqlite:$disk/sanwang.db" --home "$source_dir" --log-level warn)
"$bin" init "${db[@]}" >/dev/null
"$bin" import divisions "${db[@]}" >/dev/null 2>&1
echo "$password" | "$bin" user add tester --role admin --unit 411002 --name "磁盘测试 disk test" \
  --password-stdin "${db[@]}" >/dev/null
serve_in_background "$work/sanwang.log" serve --listen 127.0.0.1:0 --db "sqlite:$disk/sanwang.db" --home "$source_dir" --log-level info
api=http://127.0.0.1:$server_port/api/v1

token=$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"tester\",\"password\":\"$password\"}" \
  "$api/auth/sign-in" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "FAILED: sign-in"; tail -20 "$work/sanwang.log"; exit 1; }
acknowledged=()
add_account() {  # add_account NAME: prints the status, remembers NAME when it was 201
  local status
  status=$(curl -s -o "$work/answer.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' "$api/users" \
    -d "{\"username\":\"$1\",\"display_name\":\"新账号\",\"role\":\"resident\",\"password\":\"Weidu2026ok\"}")
  [ "$status" = 201 ] && acknowledged+=("$1")
  echo "$status"
}
count_accounts() {
  curl -s -H "Authorization: Bearer $token" "$api/users?page_size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'
}

for i in $(seq 1 20); do add_account "before$i" >/dev/null; done
check "writes succeed while there is space" "20" "${#acknowledged[@]}"
before=$(count_accounts)

# Fill every free byte; a big write then needs pages the disk no longer has.
dd if=/dev/zero of="$disk/filler" bs=64k status=none 2>/dev/null || true
check "the disk is full" "0" "$(df --output=avail "$disk" | tail -1 | tr -d ' ')"
statuses=""
for i in $(seq 1 40); do statuses+=" $(add_account "full$i")"; done
refused=$(tr ' ' '\n' <<<"$statuses" | grep -c '^503$' || true)
check "writes on a full disk are refused with 503" "yes" "$([ "$refused" -gt 0 ] && echo yes || echo "no:$statuses")"
check "and every write either succeeded or was refused with 503" "" \
  "$(tr ' ' '\n' <<<"$statuses" | grep -v -e '^$' -e '^201$' -e '^503$' || true)"
last_error=$(cat "$work/answer.json")
check "the refusal is unavailable (保存失败，请重试 the change was not saved)" "yes" \
  "$(grep -q '"code":"unavailable"' <<<"$last_error" && echo yes || echo "no: $last_error")"
check "the refusal shows no SQL" "" "$(grep -o -i -e 'insert into' -e 'select ' <<<"$last_error" || true)"
check "reads go on" "200" \
  "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$api/users")"
check "a refused write changed nothing" "$((before + 40 - refused))" "$(count_accounts)"

rm "$disk/filler"
statuses=""
for i in $(seq 1 5); do statuses+=" $(add_account "after$i")"; done
check "writes succeed again once space returns, without a restart" " 201 201 201 201 201" "$statuses"

kill -TERM "$server_pid"
wait "$server_pid" 2>/dev/null || true
pids=()
check "PRAGMA integrity_check" "ok" \
  "$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' \
     "$disk/sanwang.db")"
stored=$(python3 -c 'import sqlite3, sys; print("\n".join(r[0] for r in sqlite3.connect(sys.argv[1]).execute("SELECT username FROM users")))' \
  "$disk/sanwang.db")
missing=0
for name in "${acknowledged[@]}"; do grep -qx "$name" <<<"$stored" || missing=$((missing + 1)); done
check "every acknowledged account is in the database (${#acknowledged[@]} acknowledged)" "0" "$missing"

errors=$(grep -c -i error "$work/sanwang.log" || true)
check "40 refused writes leave a few log lines, not 40 (log throttle)" "yes" "$([ "$errors" -lt 10 ] && echo yes || echo "no: $errors")"
if [ "$failures" -ne 0 ]; then
  echo "--- sanwang log"; tail -30 "$work/sanwang.log"
  exit 1
fi
echo "all checks passed"
