#!/usr/bin/env bash
# Checks the REST API's OpenAPI document with the ecosystem's own validators: `sanwang
# openapi` prints it (no database, no server), Redocly lints it with the rules of
# redocly.yaml (errors fail; warnings are reported), and swagger-parser validates it.
# Needs the `sanwang` binary (default build/sanwang) and web/node_modules (scripts/web-deps.sh);
# works offline.
#
#   bash scripts/openapi-lint.sh [path/to/sanwang]
set -euo pipefail
cd "$(dirname "$0")/.."

sanwang=${1:-build/sanwang}
out=$(mktemp -d /tmp/sanwang-openapi.XXXXXX)
trap 'rm -rf "$out"' EXIT

"$sanwang" --home . openapi > "$out/openapi.json"
# No telemetry and no update check: the test command runs offline.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
web/node_modules/.bin/redocly lint --config redocly.yaml --format=summary --max-problems 1000 "$out/openapi.json"
node web/scripts/validate-openapi.mjs "$out/openapi.json"
