#!/usr/bin/env bash
# Runs the browser app's end-to-end suite (web/e2e) in headless Chromium against a real
# `sanwang serve` on a throw-away SQLite demo database, serving the built web/dist.
# Screenshots of the main pages go to build/screenshots/ (or $SANWANG_SCREENSHOTS).
#
#   bash scripts/web-e2e.sh [path/to/sanwang]      # default build/sanwang
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
binary=$(realpath "${1:-build/sanwang}")
[ -f web/dist/index.html ] || { echo "web-e2e: web/dist is missing; run npm run build in web/" >&2; exit 1; }

work=$(mktemp -d /tmp/sanwang-e2e.XXXXXX)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export SANWANG_DB="sqlite:$work/demo.db"
# Personal data encrypted at rest throughout, as in production: a throw-away key in the
# environment (which overrides config/demo.toml's key file).
"$binary" keys new "$work/e2e.keys" --id e2e >/dev/null
SANWANG_PERSONAL_DATA_KEYS=$(grep -v '^#' "$work/e2e.keys")
export SANWANG_PERSONAL_DATA_KEYS
echo "== e2e: demo database ($SANWANG_DB)"
# Enough cases that the demo trains its classifier (about five per catalog item).
"$binary" demo --cases "${SANWANG_E2E_CASES:-1500}" >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; exit 1; }

# The demo's settings, with the timer sweeping every two seconds so that a milestone laid
# out past due gets its supervision notice while the scenario waits; and e-mail set up
# towards a port where nothing listens (9, discard), so that residents may choose it and the
# outbox page has real messages: each fails, is tried once more and is given up.
{
  cat config/demo.toml
  echo 'sweep_interval_seconds = 2'
  printf '%s\n' '[notify]' 'max_attempts = 2' '[notify.email]' 'url = "smtp://127.0.0.1:9"' 'from = "noreply@example.cn"' 'starttls = false'
} >"$work/e2e.toml"
# Port 0: the kernel picks a free port; the server prints the address it listens on.
(cd "$root" && exec "$binary" --config "$work/e2e.toml" serve --listen 127.0.0.1:0 --log-level warn) >"$work/serve.log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -n1 || true)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "web-e2e: the server printed no address" >&2; cat "$work/serve.log" >&2; exit 1; }
echo "== e2e: sanwang serve on $url"

shots=${SANWANG_SCREENSHOTS:-$root/build/screenshots}
mkdir -p "$shots"
status=0
(cd web && SANWANG_URL="$url" SANWANG_SCREENSHOTS="$shots" node e2e/run.mjs) || status=$?
echo "== e2e: screenshots in $shots"
[ "$status" -eq 0 ] || { echo "== e2e: server log"; tail -n 40 "$work/serve.log"; }
exit "$status"
