// The built server under a misbehaving client: edits far outside the document, malformed framing,
// a client that never answers workspace/configuration, bursts of thousands of edits, a note that
// is expensive to parse, and "Add to dictionary" through a symbolic link. The server must stay
// correct and responsive, or exit so that the client restarts it; never stay alive and deaf.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExecuteCommandRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER_JS, uriOf } from '../helpers/lsp-client';
import { CLEAN_NOTE, FIXABLE_NOTE } from '../helpers/protocol-notes';
import { ADD_WORD_COMMAND } from '../../server/src/protocol';
import { report } from '../helpers/report';

function rssMb(pid: number | undefined): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function assertInside(text: string, diags: Diagnostic[]): void {
  const lines = text.split(/\r\n|\n|\r/);
  for (const d of diags) for (const p of [d.range.start, d.range.end]) assert.ok(p.line < lines.length && p.character <= lines[p.line].length, `${d.code} at ${JSON.stringify(p)} (${lines.length} lines)`);
}

/** Sends raw bytes, then a valid initialize: how the server answers, or that it exits. */
function afterRawFrame(frame: string, deadlineMs = 8000): Promise<{ exited: boolean; code: number | null; answered: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.on('error', () => undefined);
    const init = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ exited: false, code: null, answered: /"id":1/.test(out), stderr });
    }, deadlineMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ exited: true, code, answered: /"id":1/.test(out), stderr });
    });
    child.stdin.write(frame);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(init)}\r\n\r\n${init}`);
  });
}

describe('protocol: reliability under a misbehaving client', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-reliability-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('an edit whose range lies far outside the document is clamped: diagnostics stay inside, the next edit is answered, memory stays flat', async () => {
    const client = await LspClient.start({ cwd: dir });
    try {
      const uri = uriOf(join(dir, 'far.thanks'));
      let text = FIXABLE_NOTE;
      await client.open(uri, text);
      const rss0 = rssMb(client.child.pid);
      const far = await client.change(uri, [{ range: { start: { line: 1e9, character: 0 }, end: { line: 1e9 + 1, character: 0 } }, text: 'P.S. teh end\n' }]);
      text += 'P.S. teh end\n'; // clamped: appended at the end
      assertInside(text, far.diagnostics);
      const rendered = (await client.connection.sendRequest('thanks/render', { textDocument: { uri } })) as { text: string };
      assert.match(rendered.text, /Morgan Ellis\n+P\.S\. teh end\n$/, 'the clamped text landed at the end');
      const next = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
      assertInside(text, next.diagnostics);
      // negative and fractional positions too
      const odd = await client.change(uri, [{ range: { start: { line: -5, character: 1.5 }, end: { line: -1, character: -3 } }, text: '' }]);
      assertInside(text, odd.diagnostics);
      assert.ok(rssMb(client.child.pid) - rss0 < 100, `RSS grew from ${rss0.toFixed(0)} to ${rssMb(client.child.pid).toFixed(0)} MB`);
      assert.ok(client.logs.some((l) => /range outside the document/.test(l)), 'the clamp is logged');
    } finally {
      await client.dispose();
    }
  });

  for (const [name, frame] of [
    ['Content-Length: abc', 'Content-Length: abc\r\n\r\n{}'],
    ['Content-Length: -5', 'Content-Length: -5\r\n\r\n{}'],
    ['no Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}'],
    ['a header line without a colon', 'garbage\r\n\r\n'],
  ]) {
    it(`malformed framing (${name}): the server exits with an error so the client restarts it`, async () => {
      const r = await afterRawFrame(frame);
      assert.equal(r.exited, true, 'the server stayed alive but deaf');
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /malformed LSP message framing/);
    });
  }

  it('a client that never answers workspace/configuration still gets diagnostics (defaults after a timeout)', async () => {
    const client = await LspClient.start({ cwd: dir });
    try {
      client.connection.onRequest('workspace/configuration', () => new Promise(() => undefined));
      const p = await client.open(uriOf(join(dir, 'silent.thanks')), FIXABLE_NOTE);
      assert.ok(p.diagnostics.some((d) => d.code === 'placeholder/slot'));
    } finally {
      await client.dispose();
    }
  });

  it('a burst of 2,000 edits is coalesced: far fewer analyses than edits, and the last version is published', async () => {
    const client = await LspClient.start({ cwd: dir });
    try {
      const uri = uriOf(join(dir, 'burst.thanks'));
      await client.open(uri, CLEAN_NOTE);
      const before = client.publishedFor(uri).length;
      const lastLine = CLEAN_NOTE.split('\n').length - 1;
      let version = 0;
      for (let i = 0; i < 2000; i++) version = await client.sendChange(uri, [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: 'x' }]);
      const last = await client.diagnosticsAt(uri, version, 60_000);
      const analyses = client.publishedFor(uri).length - before;
      report(`2,000 edits -> ${analyses} analyses`);
      assert.ok(analyses <= 500, `${analyses} analyses for 2,000 edits`);
      assert.equal(last.version, version);
    } finally {
      await client.dispose();
    }
  });

  it('a body of "1. " x 10,600 (and "1) ") is analysed and previewed while hover on another note is still answered', async () => {
    const client = await LspClient.start({ cwd: dir });
    try {
      const other = uriOf(join(dir, 'other.thanks'));
      await client.open(other, CLEAN_NOTE);
      for (const marker of ['1. ', '1) ']) {
        const uri = uriOf(join(dir, `list${marker.trim()}.thanks`));
        const p = await client.open(uri, CLEAN_NOTE.replace('Dear Priya,', 'Dear Priya,\n\n' + marker.repeat(10_600)));
        assert.ok(Array.isArray(p.diagnostics));
        const render = client.connection.sendRequest('thanks/render', { textDocument: { uri } });
        const hover = await client.hover(other, { line: 1, character: 2 });
        assert.ok(hover, 'hover answered');
        const rendered = (await render) as { text: string };
        assert.ok(rendered.text.split('1').length > 10_000, 'every marker is in the email text');
      }
    } finally {
      await client.dispose();
    }
  });

  it('"Add to dictionary" never writes through a symbolic link to outside the workspace', async () => {
    const ws = join(dir, 'ws');
    const outside = join(dir, 'outside');
    mkdirSync(ws);
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), 'keep\n');
    symlinkSync(join(outside, 'secret.txt'), join(ws, '.thanks-words.txt'));
    const client = await LspClient.start({ cwd: dir, rootPath: ws });
    try {
      const uri = uriOf(join(ws, 'a.thanks'));
      await client.open(uri, CLEAN_NOTE);
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ADD_WORD_COMMAND, arguments: [uri, 'Zorbly'] });
      assert.equal(readFileSync(join(outside, 'secret.txt'), 'utf8'), 'keep\n');
    } finally {
      await client.dispose();
    }
  });
});
