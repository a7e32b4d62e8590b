#!/usr/bin/env bash
# Runs every benchmark (`pnpm bench` / `npm run bench`) on the project's Node, with the services they need: a
# throwaway PostgreSQL and the Synapse virtualenv, as the tests have them. The PostgreSQL scale benchmark runs last:
# writing back its 10 M rows slowed whatever ran after it.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$ROOT/tooling/scripts/postgres.sh"
source "$ROOT/tooling/scripts/synapse.sh"
cd "$ROOT"
ensure_synapse_installed
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  trap stop_postgres EXIT
  start_postgres
fi
node tooling/scripts/bench-report.mjs --clean
pnpm exec turbo run bench --concurrency=1 --filter='!@weerbaar/store' "$@"
pnpm exec turbo run bench --filter=@weerbaar/store "$@"
node tooling/scripts/bench-report.mjs
