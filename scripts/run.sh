#!/usr/bin/env bash
# Sets up and runs Sanwang on its embedded default: installs the Debian packages, builds
# the `sanwang` binary, builds the Weidu District demo database (SQLite) on first run,
# prints the district's summary and the demo accounts, and serves on localhost until
# stopped (Ctrl-C finishes requests in flight, then stops).
#
#   bash scripts/run.sh            # demo database sanwang-demo.db, http://127.0.0.1:8080/
#   SANWANG_DB=sqlite:/tmp/x.db SANWANG_LISTEN=127.0.0.1:9000 bash scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target sanwang -j "$(nproc)"
# The browser app: built again when web/dist is missing or older than its sources.
if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/package-lock.json -newer web/dist/index.html -print -quit)" ]; then
  echo "== building the browser app (web/dist)"
  (cd web && npm run build)
fi

export SANWANG_DB=${SANWANG_DB:-sqlite:sanwang-demo.db}
db_file=${SANWANG_DB#sqlite:}
# The demo's personal-data key (config/demo.toml), made once; a database without one yet is
# sealed under it when the server starts.
[ -f demo-personal-data.keys ] || build/sanwang keys new demo-personal-data.keys --id demo
if [[ "$SANWANG_DB" == sqlite:* && ! -f "$db_file" ]]; then
  echo "== building the demo database $SANWANG_DB"
  build/sanwang --config config/demo.toml demo
else
  build/sanwang status
fi
echo "demo accounts (password Sanwang2026): admin, supervisor, leader, center, street-411002001,"
echo "  community-411002001001, grid-411002001001-1, resident01 … resident20, auditor (reads the audit log)"
echo "new residents may register themselves at /register (config/demo.toml: no SMS code in the demo)"
exec build/sanwang --config config/demo.toml serve --listen "${SANWANG_LISTEN:-127.0.0.1:8080}" --log-level "${SANWANG_LOG_LEVEL:-info}"
