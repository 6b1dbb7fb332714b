# Sourced by the load benchmarks (bench/http/run.sh, bench/http/mixed.sh, bench/soak/run.sh):
# the demo databases they measure on, and the server they measure. The caller sets `repo`,
# `bin`, `work` (a temporary folder), `keep` (where pristine demos are kept between runs),
# `cases`, an array `pids`, and for PostgreSQL `pg_port` and `pg_timeout` (seconds allowed
# to build the demo).

# shellcheck source=../scripts/lib/server.sh
source "$repo/scripts/lib/server.sh"

say() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# A key of the schema and the demo's code: a demo built by other code is never reused.
demo_key() { cat "$repo/src/store/schema.cc" "$repo"/src/cli/demo_*.cc | sha1sum | cut -c1-10; }

case_count() { sqlite3 "$1" "SELECT count(*) FROM cases" 2>/dev/null || echo 0; }

# Runs `sanwang demo` with $cases cases on URL with a line of progress every 10,000 cases.
# Returns non-zero when the demo fails or takes longer than LIMIT seconds.
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

# Prints the path of the pristine SQLite demo database with $cases cases in $keep, building
# it when there is none with that many cases. Runs work on a copy of it.
pristine_sqlite_demo() {
  local db
  db=$keep/demo-$cases-$(demo_key).db
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

# Starts a PostgreSQL cluster in $work/pg holding the demo with $cases cases, from a copy of
# the pristine cluster kept in $keep (built first when there is none: the demo and its
# classifier take long on PostgreSQL). Prints the URL; fails when the demo could not be
# built within $pg_timeout seconds.
pg_demo() {
  local pristine url
  pristine=$keep/pg-demo-$cases-$(demo_key)
  mkdir -p "$keep"
  if [ -f "$pristine.ready" ] && [ "$(cat "$pristine.ready")" = "$cases" ]; then
    say "reusing the PostgreSQL demo cluster $pristine ($cases cases)"
  else
    say "building the PostgreSQL demo database with $cases cases (limit $pg_timeout s)"
    "$repo/scripts/pg-test-cluster.sh" stop "$pristine" >/dev/null 2>&1 || true
    rm -f "$pristine.ready"
    url=$("$repo/scripts/pg-test-cluster.sh" start "$pristine" "$pg_port")
    if ! make_demo "$url" "$pg_timeout"; then
      "$repo/scripts/pg-test-cluster.sh" stop "$pristine" >/dev/null 2>&1 || true
      return 1
    fi
    "$repo/scripts/pg-test-cluster.sh" halt "$pristine" >&2
    echo "$cases" >"$pristine.ready"
  fi
  cp -a "$pristine" "$work/pg"
  "$repo/scripts/pg-test-cluster.sh" start "$work/pg" "$pg_port"
}

# Starts `sanwang serve` on database URL and a free loopback port with the request limits
# off (bench/limits-off.toml: the clients write from one address far faster than people
# do); sets server_pid and server_port.
start_sanwang() {
  serve_in_background "$work/sanwang-$RANDOM.log" --config "$repo/bench/limits-off.toml" serve \
    --listen 127.0.0.1:0 --db "$1" --log-level warn
}

# Signs in as USER (a demo account) on the server at server_port; prints the bearer token.
sign_in() {
  local token
  token=$(curl -s -X POST -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Sanwang2026\"}" \
    "http://127.0.0.1:$server_port/api/v1/auth/sign-in" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "sign-in as $1 failed" >&2; exit 1; }
  echo "$token"
}
