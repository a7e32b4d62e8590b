#!/usr/bin/env bash
# The main job on the embedded default (SQLite file, no cloud credentials): set up, then start.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash "$ROOT/tooling/scripts/setup.sh"
cd "$ROOT"
exec pnpm --silent weerbaar chat "$@"
