#!/usr/bin/env bash
# Makes a self-contained release folder: what an installation runs, needing only Node 22 or later.
#   bash tooling/scripts/release.sh [OUT_DIR]        (default: release/ in the repository)
# OUT_DIR/
#   dist/teams-bot.mjs, dist/matrix-bot.mjs, dist/weerbaar.mjs (+ chunks/, source maps): the apps, bundled
#   dist/externals.json       the third-party packages the bundles import, with their versions
#   node_modules/             those packages and their dependencies, copied (not linked), production only
#   bin/weerbaar              the CLI; link it onto the PATH
#   bin/weerbaar-teams-bot, bin/weerbaar-matrix-bot   the bots, started with the flags of deploy/node-flags
#   deploy/                   the deployment guide (README.md), systemd units, each bot's *.env.example
#   package.json, README.md, VERSION
# Database migrations are code, inside the bundles; the charts' boundaries are inside them too, their font is the
# dejavu-fonts-ttf package in node_modules. better-sqlite3 ships Node-API binaries: any Node 22+ loads them.
# Nothing in OUT_DIR names the repository's folder or links outside OUT_DIR; the script fails otherwise.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

OUT="$(realpath -m "${1:-$ROOT/release}")"
MARKER=".weerbaar-release"
fail() {
  echo "release: $*" >&2
  exit 1
}
if [ -e "$OUT" ] && [ -n "$(ls -A "$OUT")" ] && [ ! -e "$OUT/$MARKER" ]; then
  fail "$OUT exists and is not an earlier release: give an empty or new folder"
fi
# A fresh checkout (the Docker build stage) installs the workspace first; an installed one is used as it is.
[ -f node_modules/.modules.yaml ] || bash tooling/scripts/setup.sh

mkdir -p "$(dirname "$OUT")"
stage="$(mktemp -d "$(dirname "$OUT")/.weerbaar-release.XXXXXX")"
deploy_dir="$(mktemp -d)"
trap 'rm -rf "$stage" "$deploy_dir"' EXIT

echo "release: bundling the apps" >&2
node tooling/scripts/build.mjs --release "$stage/dist"

echo "release: copying the production dependencies" >&2
# The lockfile was checked against the supply-chain policies when the workspace was installed from it, and that
# install put every package in the store: no network needed. Copies, not hard links into the store.
pnpm --filter @weerbaar/release deploy --prod --offline --trust-lockfile --node-linker=hoisted \
  --config.package-import-method=copy --reporter=append-only "$deploy_dir/app" >&2
mv "$deploy_dir/app/node_modules" "$stage/node_modules"
# pnpm's bookkeeping and the dependencies' command shims name the folder they were installed in; native packages'
# build folders name the machine they were built on (their binaries stay: better-sqlite3 loads its prebuilt
# Node-API binary from prebuilds/).
rm -rf "$stage/node_modules/.bin" "$stage/node_modules/.pnpm" \
  "$stage/node_modules/.modules.yaml" "$stage/node_modules/.pnpm-workspace-state-v1.json"
for gyp in "$stage"/node_modules/*/binding.gyp "$stage"/node_modules/@*/*/binding.gyp; do
  build="$(dirname "$gyp")/build"
  [ -d "$build" ] || continue
  find "$build" -type f ! -name '*.node' -delete
  find "$build" -depth -type d -empty -delete
done

mkdir -p "$stage/bin" "$stage/deploy"
cp apps/cli/bin/weerbaar.js "$stage/bin/weerbaar"
chmod 755 "$stage/bin/weerbaar"
# One launcher per bot, with the Node flags of deploy/node-flags: systemd, Docker and the tests start these.
NODE_FLAGS="$(cat deploy/node-flags)"
for bot in teams-bot matrix-bot; do
  cat >"$stage/bin/weerbaar-$bot" <<LAUNCHER
#!/bin/sh
# Starts the $bot with the Node flags it is released with (deploy/node-flags in the repository).
exec node $NODE_FLAGS "\$(dirname "\$(readlink -f "\$0")")/../dist/$bot.mjs" "\$@"
LAUNCHER
  chmod 755 "$stage/bin/weerbaar-$bot"
done
cp deploy/README.md deploy/*.service "$stage/deploy/"
cp apps/teams-bot/.env.example "$stage/deploy/teams.env.example"
cp apps/matrix-bot/.env.example "$stage/deploy/matrix.env.example"

VERSION="$(node -p 'require("./tooling/release/package.json").version')"
# WEERBAAR_COMMIT names the commit where there is no .git (the Docker build context leaves it out).
COMMIT="${WEERBAAR_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}"
if [ -z "${WEERBAAR_COMMIT:-}" ] && [ "$COMMIT" != unknown ] && [ -n "$(git status --porcelain 2>/dev/null)" ]; then
  COMMIT="$COMMIT+changes"
fi
cat >"$stage/VERSION" <<VERSION
weerbaar $VERSION
commit $COMMIT
built $(date -u +%Y-%m-%dT%H:%M:%SZ) with Node $(node --version)
VERSION
node -e '
  const [version, out] = process.argv.slice(1);
  const manifest = {
    name: "weerbaar",
    version,
    private: true,
    type: "module",
    description: "Weerbaar: the chat assistant of the Ondersteuningsteam Weerbaar Bestuur (Teams and Matrix bots, CLI).",
    bin: { weerbaar: "bin/weerbaar" },
    engines: { node: ">=22" },
    scripts: {
      "start:teams": "bin/weerbaar-teams-bot",
      "start:matrix": "bin/weerbaar-matrix-bot",
    },
  };
  require("node:fs").writeFileSync(`${out}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
' "$VERSION" "$stage"
cat >"$stage/README.md" <<README
# Weerbaar $VERSION

The chat assistant of the Ondersteuningsteam Weerbaar Bestuur, built from commit $COMMIT (see VERSION).
Needs Node 22 or later; nothing else (no build tools, no network). Run from anywhere; the program writes only to
its database (\`DATABASE_URL\`, e.g. \`sqlite:/var/lib/weerbaar/weerbaar.db\`, or \`postgres://…\`).

    bin/weerbaar-teams-bot     # the Teams bot     (PORT, MicrosoftAppId, …)
    bin/weerbaar-matrix-bot    # the Matrix bot    (MATRIX_HOMESERVER_URL, …)
    bin/weerbaar --help        # the CLI; ln -s "\$PWD/bin/weerbaar" /usr/local/bin/

Probes: \`/livez\`, \`/readyz\` (200 once the database answers), \`/metrics\`. The environment of each bot, Docker,
compose and systemd: deploy/README.md.
README

echo "release: checking" >&2
node --input-type=module -e '
  import { existsSync, readFileSync } from "node:fs";
  const [dir] = process.argv.slice(1);
  const externals = JSON.parse(readFileSync(`${dir}/dist/externals.json`, "utf8"));
  const wrong = Object.entries(externals).flatMap(([name, version]) => {
    const manifest = `${dir}/node_modules/${name}/package.json`;
    const found = existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : "missing";
    if (found === version) return [];
    return [`${name}: the bundles were built against ${version}, node_modules has ${found}`];
  });
  if (wrong.length > 0) {
    console.error(`release: node_modules does not match the bundles:\n  ${wrong.join("\n  ")}`);
    console.error("Every package the bundles import is a dependency of tooling/release/package.json (\"catalog:\").");
    process.exit(1);
  }
' "$stage"
leaks="$(grep -rlF -e "$ROOT/apps" -e "$ROOT/packages" -e "$ROOT/tooling" -e "$ROOT/node_modules" "$stage" || true)"
[ -z "$leaks" ] || fail "these files name the repository's folder $ROOT:"$'\n'"$leaks"
while IFS= read -r link; do
  target="$(realpath -m "$link")"
  case "$target" in "$stage"/*) ;; *) fail "$link links outside the release, to $target" ;; esac
done < <(find "$stage" -type l)

touch "$stage/$MARKER"
chmod 755 "$stage"
rm -rf "$OUT"
mv "$stage" "$OUT"
echo "release: $OUT ($(du -sh "$OUT" | cut -f1))" >&2
