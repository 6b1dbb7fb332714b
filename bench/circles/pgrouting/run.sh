#!/usr/bin/env bash
# The pgRouting comparison of issue 6: for the Monaco and Andorra extracts, the walk from
# every home to the nearest facility of each type computed by `sanwang circles analyze`
# and, exactly, by pgRouting on the same network and snapped points (`sanwang circles
# export-graph`); checks that every home agrees within 0.01 m of walking, then prints the
# time of each and the ratio. A benchmark, not part of the test suite.
#
#   bash bench/circles/pgrouting/run.sh                  # as root on Debian 12
#   SANWANG_BIN=build-x/sanwang PG_PORT=56299 bash bench/circles/pgrouting/run.sh monaco
#
# Installs postgresql-15-pgrouting (which brings PostGIS, a dependency of the extension) when missing, starts a throw-away PostgreSQL cluster on
# loopback (scripts/pg-test-cluster.sh) and stops it at the end. The extracts are
# © OpenStreetMap contributors, ODbL 1.0 (../shared/data/osm/README.md).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
bin=${SANWANG_BIN:-$root/build/sanwang}
osm_dir=${OSM_DIR:-$root/../shared/data/osm}
port=${PG_PORT:-56299}
work=$(mktemp -d /tmp/sanwang-pgrouting.XXXXXX)
chmod 755 "$work"  # the cluster runs as the postgres account
pgdir=$work/pg
extracts=("$@")
[ ${#extracts[@]} -gt 0 ] || extracts=(monaco andorra)

if [ ! -f /usr/share/postgresql/15/extension/pgrouting.control ]; then
  echo "== installing postgresql-15-pgrouting"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y postgresql-15-pgrouting >/dev/null; else sudo apt-get install -y postgresql-15-pgrouting >/dev/null; fi
fi

cleanup() { bash "$root/scripts/pg-test-cluster.sh" stop "$pgdir" || true; rm -rf "$work"; }
trap cleanup EXIT
url=$(bash "$root/scripts/pg-test-cluster.sh" start "$pgdir" "$port")
psql_url() { psql "$url" -v ON_ERROR_STOP=1 -qAt "$@"; }
now() { date +%s.%N; }

# Suggested sites are not part of the comparison: the analysis stores none here.
printf 'suggested_sites = 0\n' > "$work/circles.toml"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pgRouting $(dpkg-query -W -f='${Version}' postgresql-15-pgrouting), PostgreSQL 15; $(date -u +%Y-%m-%dT%H:%M:%SZ)"
status=0
for name in "${extracts[@]}"; do
  echo "== $name"
  db="sqlite:$work/$name.db"
  out=$work/$name
  "$bin" circles import-osm "$osm_dir/$name.osm.pbf" --db "$db" --home "$root" 2>/dev/null | grep -E "nodes|homes" || true
  "$bin" circles export-graph "$out/graph" --db "$db" --home "$root" --circles-config "$work/circles.toml" >/dev/null
  start=$(now)
  "$bin" circles analyze --out "$out/analysis" --db "$db" --home "$root" --circles-config "$work/circles.toml" \
    > "$out/analyze.txt" 2>/dev/null
  command_s=$(echo "$(now) - $start" | bc -l)
  # "analysis: N facility types, nearest and counts in X ms; …"
  sanwang_s=$(sed -n 's/^analysis: .* nearest and counts in \([0-9.]*\) ms.*/\1/p' "$out/analyze.txt" | awk '{print $1 / 1000}')

  schema=c_$name
  psql_url -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema; CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE;"
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
  start=$(now)
  psql_url -f "$here/nearest.sql"
  pg_s=$(echo "$(now) - $start" | bc -l)
  psql_url -c "\copy nearest TO '$out/pgrouting.csv' CSV"
  unset PGOPTIONS
  echo "split graph: $(psql "$url" -qAt -c "SELECT COUNT(*) FROM $schema.walk") edges; $(wc -l < "$out/analysis/nearest.csv") rows in nearest.csv"
  python3 "$here/check_nearest.py" "$out/analysis/nearest.csv" "$out/pgrouting.csv" "$out/graph/params.csv" || status=1
  printf 'time: sanwang   %8.4f s  nearest facility and counts within 5/10/15 min, every type, both cores\n' "$sanwang_s"
  printf '      pgRouting %8.4f s  nearest facility only, one pgr_drivingDistance per type\n' "$pg_s"
  printf '      (the whole `sanwang circles analyze --out` command, with loading, coverage and files: %.3f s)\n' "$command_s"
  printf 'ratio: sanwang is %.0f times faster than pgRouting\n' "$(echo "$pg_s / $sanwang_s" | bc -l)"
done
exit $status
