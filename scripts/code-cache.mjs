// V8 code caches for the bundles (server/src/launch/run.ts): each bundle is run once, as people run
// it, by scripts/code-cache-child.ts, which writes the cache of everything compiled by then beside it
// (server/out/<name>.main.js.v8cache; not in the VSIX: VS Code's runtime is another V8).
// The CLIs lint the sample notes; the server is started over stdio, opens a note and shuts down.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NOW = '2026-11-25T09:00';

export async function writeCodeCaches(root, child) {
  const out = join(root, 'server/out');
  const notes = [join(root, 'examples'), join(root, 'bench/texts/typical.thanks')];
  const run = (name, args) => {
    const bundle = join(out, `${name}.main.js`);
    const r = spawnSync(process.execPath, [child, bundle, `${bundle}.v8cache`, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`code cache of ${name}: exit ${r.status}: ${r.stderr}`);
  };
  run('cli', ['--format', 'json', '--now', NOW, ...notes]);
  run('thanks', ['lint', '--format', 'json', '--now', NOW, ...notes]);
  await serverCache(root, child, join(out, 'server.main.js'));
}

/** Runs the server over stdio: initialize, open the typical note, wait for its diagnostics, shut down. */
function serverCache(root, child, bundle) {
  const file = join(root, 'bench/texts/typical.thanks');
  const uri = pathToFileURL(file).href;
  const server = spawn(process.execPath, [child, bundle, `${bundle}.v8cache`, '--stdio'], { cwd: root, env: { ...process.env, THANKS_NOW: NOW }, stdio: ['pipe', 'pipe', 'inherit'] });
  const send = (msg) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    server.stdin.write(body);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      server.kill();
      reject(new Error('code cache of server: no diagnostics within 60 s'));
    }, 60_000);
    let buf = Buffer.alloc(0);
    let opened = false;
    server.stdout.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const head = buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString('latin1'))?.[1]);
        if (buf.length < head + 4 + len) return;
        const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString('utf8'));
        buf = buf.subarray(head + 4 + len);
        if (msg.id === 1 && !opened) {
          opened = true;
          send({ method: 'initialized', params: {} });
          send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'thanks', version: 1, text: readFileSync(file, 'utf8') } } });
        } else if (msg.method === 'workspace/configuration') send({ id: msg.id, result: msg.params.items.map(() => null) });
        else if (msg.id !== undefined && msg.method) send({ id: msg.id, result: null });
        else if (msg.method === 'textDocument/publishDiagnostics' && msg.params.uri === uri) send({ id: 2, method: 'shutdown' });
        else if (msg.id === 2) send({ method: 'exit' });
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`code cache of server: exit ${code}`));
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { workspace: { configuration: true } }, workspaceFolders: null } });
  });
}
