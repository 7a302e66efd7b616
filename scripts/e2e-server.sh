#!/usr/bin/env bash
# Serves the built portal for the browser tests on a fresh embedded database with demo data.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
PORT="${1:-3100}"
export PGLITE_DATA_DIR="$PWD/data/e2e"
rm -rf "$PGLITE_DATA_DIR"
unset DATABASE_URL
export NEXTAUTH_SECRET="e2e-secret-not-for-production"
export NEXTAUTH_URL="http://127.0.0.1:$PORT"
npx tsx scripts/seed.ts >/dev/null
[ -f .next/BUILD_ID ] || npx next build
exec npx next start -p "$PORT" -H 127.0.0.1
