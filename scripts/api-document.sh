#!/usr/bin/env bash
# The OpenAPI document as the server describes itself, kept at web/src/api/openapi.json:
# the browser app generates its API types from it at build time (npm run api-types), so a
# change of a route's body, answer or parameters reaches the type check of every page.
# Writes the file; with --check, fails when the kept file differs from the server's.
#
#   bash scripts/api-document.sh [--check] [path/to/sanwang]
set -euo pipefail
cd "$(dirname "$0")/.."
check=
if [ "${1:-}" = "--check" ]; then
  check=1
  shift
fi
binary=${1:-build/sanwang}
kept=web/src/api/openapi.json
fresh=$(mktemp /tmp/sanwang-openapi.XXXXXX.json)
trap 'rm -f "$fresh"' EXIT
"$binary" --home . openapi >"$fresh"
if [ -z "$check" ]; then
  cp "$fresh" "$kept"
  echo "api-document: wrote $kept"
  exit 0
fi
if ! cmp -s "$fresh" "$kept"; then
  diff -u "$kept" "$fresh" | head -40 || true
  echo "api-document: $kept differs from the server's document; run: bash scripts/api-document.sh" >&2
  exit 1
fi
echo "api-document: $kept is the server's document"
