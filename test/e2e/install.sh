#!/usr/bin/env bash
# Installs what the e2e suites need, once: Debian packages (Chromium, ripgrep, Neovim, the node-gyp
# toolchain) and code-server 4.96.4 (= VS Code 1.96.4) into $E2E_CACHE (default .e2e/cache).
# A second run finds everything in place and returns in well under a second.
# Usage: test/e2e/install.sh   (prints nothing but progress; exits non-zero when an install fails)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${E2E_CACHE:-$ROOT/.e2e/cache}
CS_VERSION=4.96.4
CS_DIR=$CACHE/code-server-$CS_VERSION
mkdir -p "$CACHE"

# --- Debian packages: `apt-get update` only when something is missing -------------------------------
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
command -v nvim >/dev/null || missing+=(neovim)
command -v make >/dev/null || missing+=(make)
command -v g++ >/dev/null || missing+=(g++)
command -v python3 >/dev/null || missing+=(python3)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e install: apt packages ${missing[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- code-server, cached --------------------------------------------------------------------------------
if [ -f "$CS_DIR/.installed" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  exit 0
fi
echo "e2e install: code-server@$CS_VERSION into $CS_DIR"
rm -rf "$CS_DIR"; mkdir -p "$CS_DIR/tmp"
cd "$CS_DIR"
echo '{"name":"thanks-e2e-code-server","private":true}' > package.json
# @vscode/ripgrep looks for its download in $TMPDIR; so does everything else this install spawns.
export TMPDIR=$CS_DIR/tmp
# code-server writes config.yaml and logs under XDG dirs: keep them out of $HOME.
export XDG_CONFIG_HOME=$CS_DIR/tmp/xdg-config XDG_DATA_HOME=$CS_DIR/tmp/xdg-data XDG_CACHE_HOME=$CS_DIR/tmp/xdg-cache
NPM=(npm --no-audit --no-fund --loglevel=error)

# Workaround 1: @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here):
# seed its download cache with Debian's rg under the exact archive name it expects.
RGC=$TMPDIR/vscode-ripgrep-cache-1.15.9
mkdir -p "$RGC/x"; cp "$(command -v rg)" "$RGC/x/rg"
tar czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$RGC/x" rg

"${NPM[@]}" install --ignore-scripts "code-server@$CS_VERSION" >"$CS_DIR/npm-install.log" 2>&1 \
  || { tail -30 "$CS_DIR/npm-install.log"; exit 1; }

# Workaround 2: lib/vscode's shrinkwrap pins @vscode/proxy-agent to a GitHub git URL; the registry
# tarball of 0.27.0 has the same integrity hash, so resolve it from the configured registry instead.
REG=$(npm config get registry); REG=${REG%/}
SHRINK=node_modules/code-server/lib/vscode/npm-shrinkwrap.json
sed -i 's#"resolved": "git+ssh://git@github.com/microsoft/vscode-proxy-agent.git\#[0-9a-f]*"#"resolved": "'"$REG"'/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz"#' "$SHRINK"
if grep -q 'git+ssh://git@github.com/microsoft/vscode-proxy-agent' "$SHRINK"; then
  echo "e2e install: could not re-point @vscode/proxy-agent in $SHRINK" >&2; exit 1
fi

# Workaround 3: code-server's postinstall refuses to run as root unless npm_config_unsafe_perm=true.
# npm_config_nodedir=/usr: node-gyp (kerberos, argon2) uses /usr/include/node instead of downloading headers.
npm_config_unsafe_perm=true npm_config_nodedir=/usr "${NPM[@]}" rebuild argon2 code-server \
  >"$CS_DIR/npm-rebuild.log" 2>&1 || { tail -40 "$CS_DIR/npm-rebuild.log"; exit 1; }

"$CS_DIR/node_modules/.bin/code-server" --version | head -1
rm -rf "$TMPDIR"
touch "$CS_DIR/.installed"
