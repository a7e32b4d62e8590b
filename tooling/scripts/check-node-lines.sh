#!/usr/bin/env bash
# Installs the project's native dependency (better-sqlite3, whose npm package ships Node-API binaries) on each
# supported Node line, opens a database with it, and also builds it from source there (as on a platform without a
# shipped binary): `bash tooling/scripts/check-node-lines.sh [22.23.5 24.22.3 26.10.0]`. Each Node comes from the npm
# registry like the setup's own (node.sh). Not part of `npm test` (three downloads and three builds take minutes): run
# it when upgrading better-sqlite3 or adding a native dependency.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/tooling/scripts/node.sh"
version="$(grep -m1 -E "^  better-sqlite3: [0-9]" "$ROOT/pnpm-workspace.yaml" | awk "{print \$2}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for line in "${@:-22.23.5 24.22.3 26.10.0}"; do
  for v in $line; do
    NODE_LTS_VERSION="$v" install_node_lts "$work/node-$v" 2>/dev/null
    mkdir -p "$work/project-$v" && echo '{"name":"check","version":"1.0.0","private":true}' >"$work/project-$v/package.json"
    if (cd "$work/project-$v" && PATH="$work/node-$v/bin:$PATH" npm_config_nodedir="$work/node-$v" \
      npm install --silent --ignore-scripts "better-sqlite3@$version" >build.log 2>&1 &&
      PATH="$work/node-$v/bin:$PATH" node -e "const D=require('better-sqlite3');new D(':memory:').prepare('select 1').get()" &&
      PATH="$work/node-$v/bin:$PATH" npm_config_nodedir="$work/node-$v" npm rebuild --silent better-sqlite3 >>build.log 2>&1); then
      echo "Node $v: better-sqlite3 $version opens a database with its shipped binary and builds from source"
    else
      echo "Node $v: better-sqlite3 $version FAILED (see the log below)"; tail -n 20 "$work/project-$v/build.log"; status=1
    fi
  done
done
exit "$status"
