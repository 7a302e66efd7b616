#!/usr/bin/env bash
# npm test — installs and runs every test: type check, unit and integration tests on
# PGlite, the integration tests again on a real PostgreSQL server, and the browser
# tests in Chromium. Installs Chromium and PostgreSQL with apt when run as root on a
# machine that lacks them (CI does so in .ci/run first).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
ROOT="$PWD"

if [ "${SKIP_INSTALL:-}" != "1" ]; then
  npm ci --no-audit --no-fund
fi

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ "$(id -u)" = "0" ] && { ! command -v chromium >/dev/null || [ -z "$(pg_bin_dir)" ]; }; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium postgresql >/dev/null
fi

echo "== Typkontroll"
npx tsc --noEmit

echo "== Enhets- och integrationstester (PGlite)"
npx vitest run

PG_DIR=""
cleanup() {
  if [ -n "$PG_DIR" ]; then
    run_pg "$(pg_bin_dir)/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap cleanup EXIT
run_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "== Integrationstester (PostgreSQL på TEST_POSTGRES_URL)"
  npx vitest run --project integration
elif [ -n "$(pg_bin_dir)" ]; then
  PG_DIR="$(mktemp -d)"
  PG_PORT="${TEST_PG_PORT:-55432}"
  [ "$(id -u)" = "0" ] && chown postgres "$PG_DIR"
  run_pg "$(pg_bin_dir)/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  run_pg "$(pg_bin_dir)/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  echo "== Integrationstester (PostgreSQL $(basename "$(dirname "$(pg_bin_dir)")"))"
  TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres" npx vitest run --project integration
else
  echo "PostgreSQL saknas på maskinen: integrationstesterna kördes bara mot PGlite." >&2
  [ "${CI:-}" = "true" ] && exit 1
fi

echo "== Webbläsartester (Chromium)"
npx next build
npx playwright test
