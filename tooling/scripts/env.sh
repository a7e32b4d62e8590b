# Sourced by the other scripts: the environment every setup, start, test and bench needs on a fresh machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export ROOT
export TURBO_TELEMETRY_DISABLED=1
export PNPM_VERSION=12.4.2
source "$ROOT/tooling/scripts/node.sh"
ensure_node
