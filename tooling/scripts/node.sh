# Sourced by env.sh: makes sure a supported Node (22 or later) runs every project script.
# Node 20 reached end of life in April 2026. Where the system Node is older than 22, Node 24 LTS is installed from
# the npm registry (the node-linux-<arch> package carries the binary and its headers inside its tarball) into
# .cache/node-v<version> (git-ignored), put first on PATH, and used for native builds (npm_config_nodedir).
NODE_LTS_VERSION="${NODE_LTS_VERSION:-24.22.3}"
NODE_MIN_MAJOR=22

node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

install_node_lts() {
  local home="$1" arch tmp tarball
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "node: no Node package for $(uname -m); install Node $NODE_MIN_MAJOR or later yourself" >&2; return 1 ;;
  esac
  echo "node: system Node is $(node --version 2>/dev/null || echo absent); installing Node $NODE_LTS_VERSION LTS from the npm registry into $home" >&2
  tmp="$(mktemp -d)"
  tarball="$(cd "$tmp" && npm pack --silent "node-linux-$arch@$NODE_LTS_VERSION")"
  mkdir -p "$home.partial"
  tar -xzf "$tmp/$tarball" -C "$home.partial" --strip-components=1
  rm -rf "$tmp"
  # Moved into place only once complete: an interrupted download never leaves a half Node behind.
  "$home.partial/bin/node" --version >/dev/null
  rm -rf "$home"
  mv "$home.partial" "$home"
}

ensure_node() {
  local home="$ROOT/.cache/node-v$NODE_LTS_VERSION"
  if [ "$(node_major)" -lt "$NODE_MIN_MAJOR" ]; then
    [ -x "$home/bin/node" ] || install_node_lts "$home"
    export PATH="$home/bin:$PATH"
  fi
  # node-gyp builds better-sqlite3 from source here (no prebuilt download): it needs the headers of the Node
  # that runs it, which sit beside its binary (include/node) both in the npm package and in Debian's /usr.
  local prefix
  prefix="$(dirname "$(dirname "$(command -v node)")")"
  export npm_config_nodedir="$prefix"
  # Global installs (pnpm) go beside that Node, so its bin folder on PATH finds them.
  export npm_config_prefix="$prefix"
}
