#!/usr/bin/env bash
# The pgRouting comparison of issue 6, for the Monaco, Andorra and Helsinki extracts.
#
# 1. Agreement: `sanwang circles import-osm`, `export-graph` and `analyze --out` give every
#    home's walk to the nearest facility of each type; pgRouting computes the same walks
#    exactly on the exported network cut at its points (split_graph.sql, nearest.sql);
#    check_nearest.py requires every home-type pair to agree within 0.01 m.
# 2. Timing, of the search only, on one thread on each side, in alternating rounds so that
#    both see the same load on this shared machine:
#    - pgRouting (timing.sql): per facility type, the one pgr_drivingDistance call (from a
#      virtual vertex joined to the type's facilities, bounded at the largest circle), after
#      the graph is loaded and split; the call runs its edges query, which is how pgRouting
#      reads the graph, so that is timed too, and also apart (shown as "of which edges query").
#      One PostgreSQL backend: one thread.
#    - Sanwang (`circles_bench`, BM_Search): every type on one thread, the counts within
#      each circle, whose per-facility searches also give each home's nearest facility
#      ("search"); and apart, an analysis of the nearest only (one search per type, each
#      home's walk read off it: "nearest alone"), which is pgRouting's work; and the
#      preparation both share ("prepare": home index, reduced graph, walk from the nearest
#      home), not in the ratio. The mean over the benchmark's iterations.
#    Then the median of the rounds, and the ratio pgRouting ÷ search (nearest and counts).
#
#   bash bench/circles/pgrouting/run.sh                  # as root on Debian 12
#   SANWANG_BIN=build/sanwang CIRCLES_BENCH=build/bench/circles/circles_bench PG_PORT=56299 \
#     ROUNDS=5 bash bench/circles/pgrouting/run.sh monaco
#
# A benchmark, not part of the test suite. Installs postgresql-15-pgrouting (which brings
# PostGIS, a dependency of the extension) when missing, starts a throw-away PostgreSQL
# cluster on loopback (scripts/pg-test-cluster.sh) and stops it at the end. The extracts are
# © OpenStreetMap contributors, ODbL 1.0 (../shared/data/osm/README.md).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
bin=${SANWANG_BIN:-$root/build/sanwang}
bench=${CIRCLES_BENCH:-$root/build/bench/circles/circles_bench}
osm_dir=${OSM_DIR:-$root/../shared/data/osm}
[ -d "$osm_dir" ] || osm_dir=/work/shared/data/osm
port=${PG_PORT:-56299}
rounds=${ROUNDS:-5}
work=$(mktemp -d /tmp/sanwang-pgrouting.XXXXXX)
chmod 755 "$work"  # the cluster runs as the postgres account
pgdir=$work/pg
extracts=("$@")
[ ${#extracts[@]} -gt 0 ] || extracts=(monaco andorra helsinki)

if [ ! -f /usr/share/postgresql/15/extension/pgrouting.control ]; then
  echo "== installing postgresql-15-pgrouting"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y postgresql-15-pgrouting >/dev/null; else sudo apt-get install -y postgresql-15-pgrouting >/dev/null; fi
fi

cleanup() { bash "$root/scripts/pg-test-cluster.sh" stop "$pgdir" || true; rm -rf "$work"; }
trap cleanup EXIT
url=$(bash "$root/scripts/pg-test-cluster.sh" start "$pgdir" "$port")
psql_url() { psql "$url" -v ON_ERROR_STOP=1 -qAt "$@"; }
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Suggested sites are not part of the comparison: the analysis stores none here.
printf 'suggested_sites = 0\n' > "$work/circles.toml"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "pgRouting $(dpkg-query -W -f='${Version}' postgresql-15-pgrouting), PostgreSQL 15; $(date -u +%Y-%m-%dT%H:%M:%SZ);" \
  "commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
status=0
summary=()
for name in "${extracts[@]}"; do
  echo "== $name"
  db="sqlite:$work/$name.db"
  out=$work/$name
  "$bin" circles import-osm "$osm_dir/$name.osm.pbf" --db "$db" --home "$root" 2>/dev/null | grep -E "nodes|homes" || true
  "$bin" circles export-graph "$out/graph" --db "$db" --home "$root" --circles-config "$work/circles.toml" >/dev/null
  "$bin" circles analyze --out "$out/analysis" --db "$db" --home "$root" --circles-config "$work/circles.toml" \
    > "$out/analyze.txt" 2>/dev/null

  schema=c_$name
  psql_url -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema; CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE;" 2>/dev/null
  export PGOPTIONS="-c search_path=$schema,public"
  psql_url <<SQL
CREATE TABLE nodes (id BIGINT PRIMARY KEY, lon DOUBLE PRECISION, lat DOUBLE PRECISION);
CREATE TABLE edges (id BIGINT PRIMARY KEY, source BIGINT, target BIGINT, length_m DOUBLE PRECISION);
CREATE TABLE points (kind TEXT, id TEXT, type TEXT, edge_id BIGINT, fraction DOUBLE PRECISION,
                     snap_m DOUBLE PRECISION, lon DOUBLE PRECISION, lat DOUBLE PRECISION);
CREATE TABLE params (walk_speed_mps DOUBLE PRECISION, circle_seconds DOUBLE PRECISION);
\copy nodes FROM '$out/graph/nodes.csv' CSV HEADER
\copy edges FROM '$out/graph/edges.csv' CSV HEADER
\copy points FROM '$out/graph/points.csv' CSV HEADER
\copy params FROM '$out/graph/params.csv' CSV HEADER
UPDATE points SET type = NULL WHERE type = '';
SQL
  psql_url -f "$here/split_graph.sql"
  psql_url -f "$here/walk_query.sql"
  psql_url -f "$here/nearest.sql"
  psql_url -c "\copy nearest TO '$out/pgrouting.csv' CSV"
  echo "split graph: $(psql_url -c "SELECT COUNT(*) FROM walk") edges; $(wc -l < "$out/analysis/nearest.csv") rows in nearest.csv"
  python3 "$here/check_nearest.py" "$out/analysis/nearest.csv" "$out/pgrouting.csv" "$out/graph/params.csv" || status=1

  printf '%-6s %8s %8s %8s %10s %10s %14s %7s\n' round load1 prepare nearest "search" pgRouting "(edges query)" ratio
  : > "$out/rounds.txt"
  for round in $(seq 1 "$rounds"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    "$bench" --benchmark_filter="^BM_Search/$name/" --benchmark_min_time=1 --benchmark_format=json \
      > "$out/bench.json" 2>/dev/null
    read -r prepare nearest sanwang < <(python3 -c '
import json, sys
b = json.load(open(sys.argv[1]))["benchmarks"][0]
print(b["prepare_ms"], b["nearest_alone_ms"], b["search_ms"])' "$out/bench.json")
    IFS='|' read -r pg edges types < <(psql_url -f "$here/timing.sql")
    ratio=$(echo "$pg / $sanwang" | bc -l)
    printf '%-6s %8s %8.3f %8.3f %10.3f %10.1f %14.1f %6.1fx\n' "$round" "$load" "$prepare" "$nearest" "$sanwang" "$pg" "$edges" "$ratio"
    echo "$prepare $nearest $sanwang $pg $edges $ratio" >> "$out/rounds.txt"
  done
  unset PGOPTIONS
  col() { awk -v c="$1" '{print $c}' "$out/rounds.txt" | median; }
  line=$(printf '%-9s %2s types  prepare %6.3f ms  nearest alone %6.3f ms  search (nearest and counts) %7.3f ms  pgRouting %8.1f ms (edges query %6.1f ms)  ratio %5.1fx' \
    "$name" "$types" "$(col 1)" "$(col 2)" "$(col 3)" "$(col 4)" "$(col 5)" "$(col 6)")
  echo "median: $line"
  summary+=("$line")
done
echo "== medians of $rounds rounds (milliseconds per whole analysis, one thread each side; load now $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%s\n' "${summary[@]}"
exit $status
