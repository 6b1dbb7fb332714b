#!/usr/bin/env bash
# Sets up and runs the whole test suite: installs the Debian packages, checks the changed
# C++ files (scripts/lint.sh: clang-format, clang-tidy), builds the project and its tests
# with GCC (build/), builds them again with clang, AddressSanitizer, UndefinedBehaviorSanitizer
# and the thread-safety analysis as errors (build-asan/, with the libFuzzer targets of fuzz/),
# starts a throw-away PostgreSQL cluster on loopback for the store tests, runs every test on
# both builds with CTest, runs each fuzz target for 15 s (scripts/fuzz.sh), lints the OpenAPI
# document (scripts/openapi-lint.sh) and checks and tests the browser app.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

jobs=$(nproc)
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths below the checkout are hashed relative to it, so a fresh clone elsewhere reuses the cache.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true

# Both builds keep line tables only (-g1, -gline-tables-only): all that a backtrace or a
# sanitizer's report needs, and full debug info made each build about a third slower.
echo "== configure (GCC, RelWithDebInfo)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSANWANG_BUILD_TESTS=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null

echo "== lint: the changed C++ files"
bash scripts/lint.sh

echo "== build (GCC, RelWithDebInfo)"
cmake --build build -j "$jobs"

# clang: its thread-safety analysis checks every SW_GUARDED_BY member (core/mutex.h). A
# build-asan/ configured earlier with GCC keeps its compiler in the cache: start it over.
echo "== build with clang, AddressSanitizer and UndefinedBehaviorSanitizer"
if [ -f build-asan/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' build-asan/CMakeCache.txt; then
  rm -rf build-asan
fi
CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSANWANG_SANITIZE=ON \
  -DSANWANG_BUILD_TESTS=ON -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only -DCMAKE_C_FLAGS_DEBUG=-gline-tables-only >/dev/null
cmake --build build-asan -j "$jobs"

# A port nothing listens on, from 55432 up.
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
pgdir=$(mktemp -d /tmp/sanwang-pg.XXXXXX)
trap 'bash scripts/pg-test-cluster.sh stop "$pgdir"' EXIT
echo "== PostgreSQL 15 test cluster on 127.0.0.1:$port"
SANWANG_TEST_PG_URL=$(bash scripts/pg-test-cluster.sh start "$pgdir" "$port")
export SANWANG_TEST_PG_URL SANWANG_REQUIRE_PG=1
# The shared data lies beside the checkout here: the tests measured against it must run.
export SANWANG_REQUIRE_DATA=1

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
LSAN_OPTIONS=suppressions=$PWD/scripts/lsan-suppressions.txt
export LSAN_OPTIONS
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "== tests, sanitized build"
ctest --test-dir build-asan --output-on-failure -j "$jobs" --timeout 600
# Each parser that takes outside bytes, fuzzed briefly so that a regression shows here;
# scripts/fuzz.sh 1800 is the long run.
echo "== fuzz targets, 15 s each, sanitized build"
bash scripts/fuzz.sh 15
echo "== tests"
# The API tests write down each request and answer, for the conformance check below.
exchanges=$(mktemp -d /tmp/sanwang-exchanges.XXXXXX)
SANWANG_API_EXCHANGES=$exchanges ctest --test-dir build --output-on-failure -j "$jobs" --timeout 600

echo "== OpenAPI document: Redocly lint and swagger-parser validation"
bash scripts/openapi-lint.sh build/sanwang
echo "== OpenAPI document against what the server answered in the API tests"
node --test web/scripts/
bash scripts/openapi-conformance.sh build "$exchanges"
rm -rf "$exchanges"
echo "== browser app: its copy of the OpenAPI document is the server's (the types come from it)"
bash scripts/api-document.sh --check build/sanwang
echo "== browser app: type check and component tests (Vitest)"
(cd web && npm run typecheck && npm test)
echo "== browser app: production build"
(cd web && npm run build)
echo "== browser app: end-to-end tests in headless Chromium"
bash scripts/web-e2e.sh build/sanwang
