#!/usr/bin/env bash
# npm test — installs and runs every test: type check, unit tests, integration tests on a
# real PostgreSQL server, and the browser tests in Chromium. The integration tests start
# the embedded PostgreSQL server from npm (or use the server TEST_POSTGRES_URL names); the
# browser tests serve the built portal on its own throwaway embedded server. Installs
# Chromium and the PEPPOL validators' tools with apt when run as root on a machine that
# lacks them (CI does so in .ci/run).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

if [ "${SKIP_INSTALL:-}" != "1" ]; then
  npm ci --no-audit --no-fund
fi

# Chromium for the browser tests; xmllint, Saxon-HE and Java for the official PEPPOL validators.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
[ -f "${SAXON_JAR:-/usr/share/java/Saxon-HE.jar}" ] || missing+=(libsaxonhe-java)
command -v java >/dev/null || missing+=(default-jre-headless)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Saknas: ${missing[*]} (Debian-paket). Installera dem, eller kör som root så installeras de." >&2
    exit 1
  fi
fi

echo "== Typkontroll"
npx tsc --noEmit

echo "== Lint (ESLint)"
npm run lint

echo "== Enhetstester"
npx vitest run --project unit

echo "== Integrationstester (PostgreSQL)"
npx vitest run --project integration

echo "== Webbläsartester (Chromium)"
npx next build
npx playwright test
