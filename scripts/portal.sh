#!/usr/bin/env bash
# npm run portal — installs when needed, then scripts/portal.ts starts the embedded
# PostgreSQL server (unless DATABASE_URL is set), migrates, seeds demo data on first
# start, builds when the sources changed and serves http://localhost:3000.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec node --import tsx scripts/portal.ts
