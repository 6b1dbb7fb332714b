#!/usr/bin/env bash
# Times `sanwang import cases` on an export of N work orders (default 1,000,000) from
# make_export.py, on SQLite (a temporary file) and on PostgreSQL (a throw-away cluster):
# the dry run, the import, and the same file again (which adds nothing). The peer, timed in
# the same run on the same machine, is the engine's own bulk load of the same rows as text
# into one plain table (sqlite3's .import; PostgreSQL's COPY), which checks nothing and
# writes one row per work order where the import writes the case, its events, the
# indicators' counters and the record of the work order. See bench/README.md.
#
#   bash bench/import/run.sh [N]
#   SANWANG_BENCH_BIN=build/sanwang bash bench/import/run.sh [N]   # with a binary already built
set -euo pipefail

rows=${1:-1000000}
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=$repo/build-bench
bin=${SANWANG_BENCH_BIN:-$build/sanwang}  # an existing binary; else a Release build here
pg_port=${SANWANG_BENCH_PG_PORT:-55441}
work=$(mktemp -d /tmp/sanwang-import-bench.XXXXXX)
chmod 755 "$work"  # the cluster runs as the postgres account
pg_dir=$work/pg

cleanup() {
  "$repo/scripts/pg-test-cluster.sh" stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

quietly() {
  local log
  if ! log=$("$@" 2>&1); then
    printf '%s\n' "$log" >&2
    exit 1
  fi
}
if [ -z "${SANWANG_BENCH_BIN:-}" ]; then
  quietly cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANWANG_BUILD_TESTS=OFF
  quietly ninja -C "$build" -j2 sanwang
fi

echo "== making an export of $rows work orders"
python3 "$repo/bench/import/make_export.py" "$rows" "$work/export" "$repo/data/catalog/catalog.csv" \
  "$repo/data/divisions/streets-xuchang.csv"
echo "export: $(du -h --apparent-size "$work/export/export.csv" | cut -f1) (GB18030)"

# Seconds (with milliseconds) that "$@" takes; its output goes to $work/last.log.
timed() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/last.log" 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

district() {
  quietly "$bin" --db "$1" --home "$repo" init
  quietly "$bin" --db "$1" --home "$repo" import divisions
  quietly "$bin" --db "$1" --home "$repo" import catalog "$repo/data/catalog/catalog.csv"
}

# The import's one-line summary (standard output), without the failed rows' list.
summary() { grep -a 'rows, ' "$work/last.log" | tail -1; }

measure() {
  local url=$1 t
  local args=(--db "$url" --home "$repo" --log-level warn import cases "$work/export/export.csv"
              --mapping "$work/export/mapping.toml")
  t=$(timed "$bin" "${args[@]}" --dry-run)
  echo "dry run:      $t s  ($(summary))"
  grep -a '^row ' "$work/last.log" | head -5 | sed 's/^/              /'
  t=$(timed "$bin" "${args[@]}")
  echo "import:       $t s  ($(summary))"
  echo "              $(echo "$rows / $t" | bc) work orders/s"
  t=$(timed "$bin" "${args[@]}")
  echo "second run:   $t s  ($(summary))"
}

echo "== SQLite"
district "sqlite:$work/import.db"
measure "sqlite:$work/import.db"
echo "SQLite file after the import: $(du -h --apparent-size "$work/import.db" | cut -f1)"
t=$(timed sqlite3 "$work/peer.db" ".import --csv $work/export/export-utf8.csv work_orders")
echo "peer (sqlite3 .import of the same rows into one table): $t s"

echo "== PostgreSQL"
"$repo/scripts/pg-test-cluster.sh" start "$pg_dir" "$pg_port" >/dev/null
url="postgresql://postgres@127.0.0.1:$pg_port/sanwang_test"
district "$url"
measure "$url"
psql -q "postgresql://postgres@127.0.0.1:$pg_port/postgres" -c "CREATE DATABASE peer" >/dev/null
cols=$(head -1 "$work/export/export-utf8.csv" | sed 's/,/ text,/g; s/$/ text/')
psql -q "postgresql://postgres@127.0.0.1:$pg_port/peer" -c "CREATE TABLE work_orders ($cols)" >/dev/null
t=$(timed psql -q "postgresql://postgres@127.0.0.1:$pg_port/peer" \
  -c "\\copy work_orders FROM '$work/export/export-utf8.csv' WITH (FORMAT csv, HEADER true)")
echo "peer (COPY of the same rows into one table): $t s"
