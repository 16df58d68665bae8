#!/usr/bin/env bash
# `npm run test:e2e`: the product in real editors.
#   1. installs what is missing (apt packages, code-server 4.96.4 = VS Code 1.96.4, cached in .e2e/cache)
#   2. builds the extension, packages the VSIX, bundles the extension-host suite
#   3. starts code-server on a free 127.0.0.1 port with scratch user-data/extensions/workspace dirs
#      and the VSIX installed, then runs the extension-host suite and the UI smoke test against it
#   4. runs the Neovim check (headless nvim as a second LSP client)
# Everything it starts is stopped by process group on exit, failure, timeout or Ctrl+C.
# Env: THANKS_E2E_ONLY="host ui nvim" (a subset), THANKS_E2E_GREP=<mocha grep>,
#      THANKS_E2E_BREAK=1 (swap in a server that never publishes diagnostics: the run must fail),
#      THANKS_E2E_KEEP=1 (keep .e2e/run for inspection), E2E_CACHE (default .e2e/cache),
#      THANKS_E2E_COLD=1 (the host suite opens an empty folder, so the extension activates only when the
#      first note opens: with THANKS_E2E_GREP=activation it times the cold open-to-first-squiggle).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
E2E=$ROOT/.e2e
RUN=$E2E/run
OUT=$ROOT/test-results/e2e
CACHE=${E2E_CACHE:-$E2E/cache}
mkdir -p "$E2E"
ONLY=${THANKS_E2E_ONLY:-host ui nvim}
CS=$CACHE/code-server-4.96.4/node_modules/.bin/code-server
export THANKS_NOW=${THANKS_NOW:-2026-11-25T09:00}
T0=$(date +%s)
stamp() { echo "=== e2e [$(( $(date +%s) - T0 ))s] $*"; }
wants() { [[ " $ONLY " == *" $1 "* ]]; }

# Stops a process group: TERM, up to 10 s to exit, then KILL.
stop_group() {
  local pgid=$1
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for _ in $(seq 1 40); do kill -0 -- "-$pgid" 2>/dev/null || return 0; sleep 0.25; done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}
CS_PID=
stop_code_server() { [ -z "$CS_PID" ] || stop_group "$CS_PID"; CS_PID=; }
# Runs one test step in its own process group, in the background, so that a signal to this script
# is handled at once (bash runs traps only between foreground commands) and the step can be stopped.
STEP_PID=
step() {
  setsid "$@" &
  STEP_PID=$!
  local rc=0
  wait "$STEP_PID" || rc=$?
  STEP_PID=
  return $rc
}
cleanup() {
  local rc=$?
  trap - INT TERM
  [ -z "$STEP_PID" ] || stop_group "$STEP_PID"
  stop_code_server
  [ -n "${THANKS_E2E_KEEP:-}" ] || rm -rf "$RUN"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

stamp "install (apt, code-server) when missing"
E2E_CACHE=$CACHE step bash "$ROOT/test/e2e/install.sh"

stamp "build, package the VSIX, bundle the suite"
npm run -s build
mkdir -p "$E2E"
VSIX=$E2E/thanks.vsix
npx vsce package --no-dependencies --no-rewrite-relative-links -o "$VSIX" >"$E2E/vsce.log" 2>&1 || { cat "$E2E/vsce.log"; exit 1; }
node test/e2e/build-suite.mjs "$E2E/suite"

rm -rf "$RUN" "$OUT"; mkdir -p "$RUN"/{ud/User,exts,tmp,xdg/config,xdg/data,xdg/cache} "$OUT"
# Short TMPDIR: the extension host puts AF_UNIX sockets there (path limit 107 bytes).
export TMPDIR=$RUN/tmp
export XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache
cp test/e2e/settings.json "$RUN/ud/User/settings.json"
for ws in ws-host ws-ui; do mkdir -p "$RUN/$ws"; cp -R test/e2e/fixtures/workspace/. "$RUN/$ws/"; done

RC=0
if wants host || wants ui; then
  stamp "code-server: install the VSIX"
  "$CS" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" --install-extension "$VSIX" >"$RUN/install-ext.log" 2>&1 \
    || { cat "$RUN/install-ext.log"; exit 1; }
  EXT_DIR=$(ls -d "$RUN"/exts/thanks-dev.thanks-*/ | head -1); EXT_DIR=${EXT_DIR%/}
  if [ -n "${THANKS_E2E_BREAK:-}" ]; then
    stamp "THANKS_E2E_BREAK: the installed server will never publish diagnostics"
    mv "$EXT_DIR/server/out/server.js" "$EXT_DIR/server/out/server.real.js"
    cp test/e2e/break/server.js "$EXT_DIR/server/out/server.js"
  fi

  PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  stamp "code-server: start on 127.0.0.1:$PORT"
  THANKS_E2E_RESULTS=$OUT/extension-host.json setsid "$CS" --bind-addr "127.0.0.1:$PORT" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" --config "$RUN/config.yaml" >"$OUT/code-server.log" 2>&1 &
  CS_PID=$!  # setsid: the pid is also the process group of code-server, its extension hosts and our server
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    kill -0 "$CS_PID" 2>/dev/null || { echo "code-server exited:"; cat "$OUT/code-server.log"; exit 1; }
    sleep 0.25
  done
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null || { echo "code-server not healthy after 60s"; exit 1; }

  if wants host; then
    stamp "extension-host suite (mocha in VS Code's extension host)"
    HOST_WS=$RUN/ws-host
    if [ -n "${THANKS_E2E_COLD:-}" ]; then HOST_WS=$RUN/ws-cold; mkdir -p "$HOST_WS"; fi
    step timeout -k 10 360 node test/e2e/host.mjs "$PORT" "$HOST_WS" "$EXT_DIR" "$E2E/suite/index.js" "$OUT/extension-host.json" 300 || RC=1
  fi
  if wants ui; then
    stamp "UI smoke test (Chromium driving the workbench)"
    step timeout -k 10 240 node test/e2e/ui-smoke.mjs "$PORT" "$RUN/ws-ui" "$OUT" || RC=1
  fi
  stop_code_server
fi

if wants nvim; then
  stamp "Neovim: headless nvim as a second LSP client"
  SERVER=$ROOT/server/out/server.js
  if [ -n "${THANKS_E2E_BREAK:-}" ]; then
    mkdir -p "$RUN/broken/server"; cp -r server/out "$RUN/broken/server/out"; mv "$RUN/broken/server/out/server.js" "$RUN/broken/server/out/server.real.js"
    cp test/e2e/break/server.js "$RUN/broken/server/out/server.js"; SERVER=$RUN/broken/server/out/server.js
  fi
  step timeout -k 5 120 node test/e2e/nvim/run.mjs "$SERVER" "$OUT/nvim.json" || RC=1
fi

stamp "done: $([ $RC = 0 ] && echo PASS || echo FAIL) (results and screenshots in test-results/e2e/)"
exit $RC
