#!/usr/bin/env bash
# Installs the browser app's npm packages (web/) exactly as web/package-lock.json pins them.
# Skipped when node_modules was installed from the same lock file. Called by install-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/../web"

stamp=node_modules/.sanwang-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "web-deps: node_modules matches package-lock.json"
  exit 0
fi
echo "web-deps: npm ci (node $(node --version), npm $(npm --version))"
npm ci --no-audit --no-fund
echo "$want" > "$stamp"
