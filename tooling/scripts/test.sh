#!/usr/bin/env bash
# Sets up and runs every test: lint, typecheck and the test suites of all packages against a real
# SQLite file and a throwaway PostgreSQL server. Prints one closing "N passed, N failed" line.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$ROOT/tooling/scripts/postgres.sh"
source "$ROOT/tooling/scripts/synapse.sh"
bash "$ROOT/tooling/scripts/setup.sh"
cd "$ROOT"

# The Teams bot's real-client test drives Microsoft's Agents Playground in Debian's Chromium.
if [ ! -x /usr/bin/chromium ]; then
  echo "test: installing chromium from Debian's packages" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi
# The Matrix bot's tests run a real Synapse homeserver from PyPI in a virtualenv.
ensure_synapse_installed

trap stop_postgres EXIT
start_postgres

find . -path ./node_modules -prune -o -name vitest.json -path '*/reports/*' -print0 | xargs -0 rm -f
status=0
pnpm exec turbo run lint typecheck test --continue --concurrency=2 --output-logs=new-only "$@" || status=$?
node tooling/scripts/summarize-tests.mjs || status=1
exit "$status"
