#!/usr/bin/env bash
# Serves the built portal for the browser tests on a fresh embedded PostgreSQL server
# (a temporary folder, removed when the server stops) with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${1:-3100}"
export PORTAL_THROWAWAY=1 PORTAL_PG_PORT=0 PORTAL_HOST=127.0.0.1 PORTAL_BUILD=if-missing
unset DATABASE_URL
export NEXTAUTH_SECRET="e2e-secret-not-for-production"
export NEXTAUTH_URL="http://127.0.0.1:$PORT"
exec node --import tsx scripts/portal.ts
