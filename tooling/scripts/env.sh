# Sourced by the other scripts: the environment every setup, start and test needs on a fresh machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export ROOT
# better-sqlite3 is built from source here (no prebuilt download): node-gyp needs Node's headers.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
export TURBO_TELEMETRY_DISABLED=1
export PNPM_VERSION=12.4.2
