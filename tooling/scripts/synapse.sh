#!/usr/bin/env bash
# Sourced (or run) by the test script: ensure_synapse_installed puts the Synapse homeserver from PyPI into a
# virtualenv (default <repo>/.cache/synapse-venv, or $WEERBAAR_SYNAPSE_VENV) for the Matrix bot's tests.
# Idempotent: an existing venv with the pinned version is left alone. Fails loudly, never skips.
SYNAPSE_VERSION="${SYNAPSE_VERSION:-1.163.2}"

synapse_venv_dir() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  echo "${WEERBAAR_SYNAPSE_VENV:-$root/.cache/synapse-venv}"
}

ensure_synapse_installed() {
  local venv python
  venv="$(synapse_venv_dir)"
  if [ -x "$venv/bin/python" ] &&
    "$venv/bin/python" -c "import importlib.metadata as m,sys; sys.exit(m.version('matrix-synapse') != '$SYNAPSE_VERSION')" 2>/dev/null; then
    echo "synapse: matrix-synapse $SYNAPSE_VERSION already in $venv" >&2
    export WEERBAAR_SYNAPSE_VENV="$venv"
    return 0
  fi
  python="$(command -v python3 || true)"
  if [ -z "$python" ]; then
    echo "synapse: python3 is missing; install Python 3.10+ with venv and pip (apt-get install -y python3 python3-venv)" >&2
    return 1
  fi
  if [ ! -x "$venv/bin/python" ]; then
    echo "synapse: creating virtualenv $venv" >&2
    if ! "$python" -m venv "$venv"; then
      echo "synapse: 'python3 -m venv' failed; install the venv module (apt-get install -y python3-venv)" >&2
      return 1
    fi
  fi
  echo "synapse: installing matrix-synapse $SYNAPSE_VERSION from PyPI into $venv (a few minutes the first time)" >&2
  if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "matrix-synapse==$SYNAPSE_VERSION" >&2; then
    echo "synapse: pip could not install matrix-synapse $SYNAPSE_VERSION; the Matrix bot tests need it" >&2
    return 1
  fi
  if ! "$venv/bin/python" -c "import synapse.app.homeserver" 2>/dev/null; then
    echo "synapse: matrix-synapse installed but does not import; see '$venv/bin/python -c \"import synapse.app.homeserver\"'" >&2
    return 1
  fi
  export WEERBAAR_SYNAPSE_VENV="$venv"
  echo "synapse: matrix-synapse $SYNAPSE_VERSION ready in $venv" >&2
}

# Run directly (`bash tooling/scripts/synapse.sh`): install and exit with its status.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  ensure_synapse_installed
fi
