// The protocol tests' LSP client (test/helpers/lsp-client.ts) must not keep the test run alive: a
// server that died halfway through writing a message left the client's reader re-arming a 10 s
// "partial message" timer for ever, and mocha never exited after the last test (CI hung).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HELPER = resolve(__dirname, '../helpers/lsp-client');

describe('protocol test client', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'thanks-client-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lets its process exit after a server died halfway through a message', async () => {
    // loaded before the server: writes the head and the start of a message, then exits
    const halfway = join(dir, 'halfway.cjs');
    writeFileSync(halfway, "process.stdout.write('Content-Length: 200\\r\\n\\r\\n{\"jsonrpc\":\"2.0\",', () => process.exit(3));\n");
    // a process that starts that server with the client, and has nothing left to do once it is refused
    const script = join(dir, 'start.ts');
    writeFileSync(
      script,
      `import { LspClient } from ${JSON.stringify(HELPER)};\n` +
        `LspClient.start({ execArgv: ['--require', ${JSON.stringify(halfway)}] }).then(() => console.log('started'), (e) => console.log('refused: ' + e.message));\n`,
    );
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', script], { cwd: resolve(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    // the reader's timer would fire every 10 s: a process still alive after 20 s is kept alive by it
    const deadline = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const [code, signal] = await new Promise<[number | null, string | null]>((res) => child.on('exit', (c, s) => res([c, s])));
    clearTimeout(deadline);
    assert.match(out, /refused: server exited/);
    assert.deepEqual([code, signal], [0, null], `the process did not exit by itself: ${out}`);
  });
});
