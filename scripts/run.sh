#!/usr/bin/env bash
# Sets up and runs Sanwang on its embedded default: installs the Debian packages, builds
# the `sanwang` binary, builds the Weidu District demo database (SQLite) on first run, and
# prints the district's summary.
#
#   bash scripts/run.sh            # demo database sanwang-demo.db in the repository root
#   SANWANG_DB=sqlite:/tmp/x.db bash scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target sanwang -j "$(nproc)"

export SANWANG_DB=${SANWANG_DB:-sqlite:sanwang-demo.db}
db_file=${SANWANG_DB#sqlite:}
if [[ "$SANWANG_DB" == sqlite:* && ! -f "$db_file" ]]; then
  echo "== building the demo database $SANWANG_DB"
  build/sanwang demo
else
  build/sanwang status
fi
