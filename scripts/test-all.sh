#!/usr/bin/env bash
# npm test — installs and runs every test: type check, unit tests, integration tests on a
# real PostgreSQL server, and the browser tests in Chromium. The integration tests start
# the embedded PostgreSQL server from npm (or use the server TEST_POSTGRES_URL names); the
# browser tests serve the built portal on its own throwaway embedded server. Installs
# Chromium with apt when run as root on a machine that lacks it (CI does so in .ci/run).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

if [ "${SKIP_INSTALL:-}" != "1" ]; then
  npm ci --no-audit --no-fund
fi

if [ "$(id -u)" = "0" ] && ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "== Typkontroll"
npx tsc --noEmit

echo "== Enhetstester"
npx vitest run --project unit

echo "== Integrationstester (PostgreSQL)"
npx vitest run --project integration

echo "== Webbläsartester (Chromium)"
npx next build
npx playwright test
