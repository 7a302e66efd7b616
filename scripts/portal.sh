#!/usr/bin/env bash
# npm run portal — installs, migrates, seeds demo data on first start, builds and serves
# the portal at http://localhost:3000 (embedded PGlite unless DATABASE_URL is set).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

mkdir -p data
if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  # A per-installation secret for the demo; a deployment sets its own.
  [ -s data/.nextauth-secret ] || node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64'))" > data/.nextauth-secret
  NEXTAUTH_SECRET="$(cat data/.nextauth-secret)"
  export NEXTAUTH_SECRET
fi
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT:-3000}}"

npx tsx scripts/seed.ts
npx next build
exec npx next start -p "${PORT:-3000}"
