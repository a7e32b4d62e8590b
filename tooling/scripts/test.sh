#!/usr/bin/env bash
# Sets up and runs every test: lint, typecheck and the test suites of all packages against a real
# SQLite file and a throwaway PostgreSQL server. Prints one closing "N passed, N failed" line.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$ROOT/tooling/scripts/postgres.sh"
bash "$ROOT/tooling/scripts/setup.sh"
cd "$ROOT"

trap stop_postgres EXIT
start_postgres

find . -path ./node_modules -prune -o -name vitest.json -path '*/reports/*' -print0 | xargs -0 rm -f
status=0
pnpm exec turbo run lint typecheck test --continue --output-logs=new-only "$@" || status=$?
node tooling/scripts/summarize-tests.mjs || status=1
exit "$status"
