#!/usr/bin/env bash
# Checks what the server really answers against the OpenAPI document: runs the API tests
# on SQLite with SANWANG_API_EXCHANGES set, so each request they send and each answer is
# written down (src/api/exchange_log.h), then web/scripts/openapi-conformance.mjs checks
# every one with Ajv — the operation is documented, the status declared, the answer and
# every accepted request body valid against their schemas; fails listing each mismatch.
# Given a directory of exchanges already written (the test command sets
# SANWANG_API_EXCHANGES for its CTest run, both databases), it checks those instead of
# running the tests again. Needs a build with tests and web/node_modules.
#
#   bash scripts/openapi-conformance.sh [build-dir] [exchanges-dir]
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
out=$(mktemp -d /tmp/sanwang-conformance.XXXXXX)
trap 'rm -rf "$out"' EXIT

exchanges=${2:-}

"$build/sanwang" --home . openapi > "$out/openapi.json"
if [ -z "$exchanges" ]; then
  exchanges="$out/exchanges"
  mkdir "$exchanges"
  SANWANG_API_EXCHANGES="$exchanges" SANWANG_TEST_PG_URL= SANWANG_REQUIRE_PG= \
    "$build/src/api/api_test" --gtest_filter='*sqlite*' --gtest_brief=1 > "$out/tests.log" 2>&1 ||
    { tail -20 "$out/tests.log"; echo "openapi-conformance: the API tests failed"; exit 1; }
fi
node web/scripts/openapi-conformance.mjs "$out/openapi.json" "$exchanges"
