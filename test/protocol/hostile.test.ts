// Hostile input over LSP (the built server over stdio): every hostile note is answered with
// well-formed diagnostics within the bound, the server's memory stays bounded, malformed requests do
// not take it down, bad configuration is reported on the config with defaults for the rest, and an
// untrusted workspace's .thanksrc.json is ignored.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO_ROOT, offsetAt, uriOf } from '../helpers/lsp-client';
import { HOSTILE } from '../helpers/hostile-notes';
import { CLEAN_NOTE, FIXABLE_NOTE } from '../helpers/protocol-notes';
import { report } from '../helpers/report';

const BOUND_MS = 2000;

function rssMb(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function assertInside(text: string, diags: Diagnostic[], what: string): void {
  const lens = text.split(/\r\n|\n|\r/).map((l) => l.length);
  for (const d of diags) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lens.length && p.character >= 0 && p.character <= lens[p.line], `${what}: ${d.code} at ${JSON.stringify(p)}`);
    }
    assert.ok(offsetAt(text, d.range.start) <= offsetAt(text, d.range.end), `${what}: reversed range`);
  }
}

describe('protocol: hostile input', function () {
  this.timeout(120_000);
  let client: LspClient;
  let dir: string;
  let n = 0;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-hostile-'));
    client = await LspClient.start({ cwd: dir });
    await client.open(uriOf(join(dir, 'warm.thanks')), CLEAN_NOTE); // loads the dictionary once
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const c of HOSTILE) {
    it(`${c.name}: answered within ${BOUND_MS} ms`, async () => {
      const text = c.make();
      const uri = uriOf(join(dir, `h${++n}.thanks`));
      const rss0 = rssMb(client.child.pid);
      const t0 = performance.now();
      const p = await client.open(uri, text);
      const ms = performance.now() - t0;
      const rss1 = rssMb(client.child.pid);
      report(`${c.name}: ${text.length} chars, ${ms.toFixed(0)} ms, server RSS ${rss0.toFixed(0)} -> ${rss1.toFixed(0)} MB, ${p.diagnostics.length} diagnostics`);
      assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
      assertInside(text, p.diagnostics, c.name);
      for (const id of c.expect ?? []) assert.ok(p.diagnostics.some((d) => d.code === id), `expected ${id}`);
      // an edit at the very end is answered too, and closing frees the document
      const lens = text.split(/\r\n|\n|\r/);
      const end = { line: lens.length - 1, character: lens[lens.length - 1].length };
      const changed = await client.change(uri, [{ range: { start: end, end }, text: '\nBest regards,\nMorgan Ellis\n' }]);
      assert.equal(changed.version, 2);
      await client.close(uri);
      assert.ok(rss1 < 1024, `server RSS ${rss1} MB`);
    });
  }

  it('survives malformed requests and keeps serving', async () => {
    const bad: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri: 'file:///nope.thanks' }, position: { line: -5, character: 'x' } }],
      ['textDocument/codeAction', { textDocument: { uri: 'file:///nope.thanks' } }],
      ['textDocument/codeAction', null],
      ['textDocument/completion', { textDocument: null, position: null }],
      ['workspace/executeCommand', { command: 'thanks.addToDictionary', arguments: [42, { evil: true }] }],
      ['workspace/executeCommand', { command: 'thanks.addToDictionary', arguments: ['file:///etc/passwd', '../../x'] }],
      ['thanks/render', { textDocument: { uri: 42 } }],
      ['no/such/method', {}],
    ];
    for (const [method, params] of bad) await client.connection.sendRequest(method, params).catch(() => undefined);
    const uri = uriOf(join(dir, 'after-bad.thanks'));
    const p = await client.open(uri, FIXABLE_NOTE);
    assert.ok(p.diagnostics.some((d) => d.code === 'placeholder/slot'));
    assert.equal(client.exited, undefined);
  });
});

describe('protocol and CLI: bad configuration', function () {
  this.timeout(60_000);
  let dir: string;
  const clients: LspClient[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-badconfig-'));
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('a malformed .thanksrc.json gets a diagnostic on itself; the note is checked with defaults', async () => {
    const folder = join(dir, 'malformed');
    mkdirSync(folder);
    writeFileSync(join(folder, '.thanksrc.json'), '{ "rules": { "placeholder/slot": "off", }\n');
    const c = await LspClient.start({ cwd: folder });
    clients.push(c);
    const rcUri = uriOf(join(folder, '.thanksrc.json'));
    const rc = c.nextDiagnostics(rcUri, { timeout: 10_000 });
    const note = await c.open(uriOf(join(folder, 'n.thanks')), FIXABLE_NOTE);
    const rcDiags = (await rc).diagnostics;
    assert.equal(rcDiags.length, 1);
    assert.match(String(rcDiags[0].message), /not valid JSON/);
    assert.equal(rcDiags[0].range.start.line, 0);
    assert.ok(note.diagnostics.some((d) => d.code === 'placeholder/slot'), 'defaults apply: the slot rule is on');
  });

  it('wrong values in .thanksrc.json are reported one by one; the good ones apply', async () => {
    const folder = join(dir, 'values');
    mkdirSync(folder);
    writeFileSync(join(folder, '.thanksrc.json'), JSON.stringify({ rules: { 'placeholder/slot': 'off', 'structure/sign-off': 'loud' }, categories: { nope: 'off' }, words: 'x', extra: 1 }));
    const c = await LspClient.start({ cwd: folder });
    clients.push(c);
    const rc = c.nextDiagnostics(uriOf(join(folder, '.thanksrc.json')), { timeout: 10_000 });
    const note = await c.open(uriOf(join(folder, 'n.thanks')), FIXABLE_NOTE);
    const msgs = (await rc).diagnostics.map((d) => String(d.message)).join('\n');
    assert.match(msgs, /structure\/sign-off/);
    assert.match(msgs, /unknown category "nope"/);
    assert.match(msgs, /"words" must be a list/);
    assert.match(msgs, /unknown key "extra"/);
    assert.ok(!note.diagnostics.some((d) => d.code === 'placeholder/slot'), 'the valid setting applies');
    assert.ok(note.diagnostics.some((d) => d.code === 'structure/sign-off'), 'the invalid one falls back to the default');
  });

  it('malformed settings are logged and ignored; defaults apply', async () => {
    const c = await LspClient.start({ cwd: dir, settings: { enable: 'yes', rules: ['x'], categories: { tone: 7, placeholder: 'off' }, words: 5 } });
    clients.push(c);
    const note = await c.open(uriOf(join(dir, 'settings.thanks')), FIXABLE_NOTE);
    assert.ok(note.diagnostics.length > 0, 'still checked');
    assert.ok(!note.diagnostics.some((d) => d.code === 'placeholder/slot'), 'the valid part (placeholder off) applies');
    assert.ok(c.logs.some((l) => /rules/.test(l)), c.logs.join('\n'));
  });

  it('thanks-lint reports a malformed .thanksrc.json on stderr and checks with defaults', () => {
    const cli = join(REPO_ROOT, 'server', 'out', 'cli.js');
    if (!existsSync(cli)) throw new Error('run `npm run build` first');
    const folder = join(dir, 'cli');
    mkdirSync(folder);
    writeFileSync(join(folder, '.thanksrc.json'), '[1, 2');
    writeFileSync(join(folder, 'n.thanks'), FIXABLE_NOTE);
    const r = spawnSync(process.execPath, [cli, '--format', 'json', folder], { encoding: 'utf8', env: { ...process.env, THANKS_NOW: '2026-11-25T09:00' } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /\.thanksrc\.json.*not valid JSON.*defaults used/);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string }[] }[];
    assert.ok(out[0].diagnostics.some((d) => d.code === 'placeholder/slot'));
  });
});

describe('protocol: workspace trust', function () {
  this.timeout(60_000);
  let dir: string;
  const clients: LspClient[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-trust-'));
    writeFileSync(join(dir, '.thanksrc.json'), JSON.stringify({ rules: { 'placeholder/slot': 'off' } }));
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('a trusted workspace applies its .thanksrc.json', async () => {
    const c = await LspClient.start({ cwd: dir, initializationOptions: { workspaceTrusted: true } });
    clients.push(c);
    const p = await c.open(uriOf(join(dir, 'a.thanks')), FIXABLE_NOTE);
    assert.ok(!p.diagnostics.some((d) => d.code === 'placeholder/slot'));
  });

  it('an untrusted workspace ignores its .thanksrc.json (it cannot switch checks off)', async () => {
    const c = await LspClient.start({ cwd: dir, initializationOptions: { workspaceTrusted: false } });
    clients.push(c);
    const p = await c.open(uriOf(join(dir, 'b.thanks')), FIXABLE_NOTE);
    assert.ok(p.diagnostics.some((d) => d.code === 'placeholder/slot'));
  });
});

describe('CLI: hostile files', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-cli-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads UTF-16 and huge files, refuses invalid UTF-8 and binary ones with the reason, never crashing, each within the bound', () => {
    const cli = join(REPO_ROOT, 'server', 'out', 'cli.js');
    if (!existsSync(cli)) throw new Error('run `npm run build` first');
    const files: [string, Buffer][] = [
      ['invalid-utf8.thanks', Buffer.concat([Buffer.from(FIXABLE_NOTE.slice(0, 200)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(FIXABLE_NOTE.slice(200))])],
      ['binary.thanks', Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256))],
      ['utf16.thanks', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE_NOTE, 'utf16le')])],
      ['huge.thanks', Buffer.from(FIXABLE_NOTE + 'More words here.\n'.repeat(300_000))],
      ['empty.thanks', Buffer.alloc(0)],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(join(dir, name), bytes);
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cli, '--format', 'json', join(dir, name)], { encoding: 'utf8', env: { ...process.env, THANKS_NOW: '2026-11-25T09:00' }, maxBuffer: 64 * 1024 * 1024 });
      const ms = performance.now() - t0;
      report(`thanks-lint ${name}: ${bytes.length} bytes, ${ms.toFixed(0)} ms (process start included), exit ${r.status}`);
      assert.doesNotMatch(r.stderr, /failed|Error/, name);
      const out = JSON.parse(r.stdout) as { diagnostics: unknown[] }[];
      if (name === 'invalid-utf8.thanks' || name === 'binary.thanks') {
        // not text this tool can read without changing it: refused with the reason, never garbled
        assert.equal(r.status, 2, `${name}: exit ${r.status}`);
        assert.match(r.stderr, /is not UTF-8 \(byte 0x[0-9a-f]{2} at line \d+, column \d+|holds a NUL byte at line/, name);
        assert.equal(out.length, 0);
      } else {
        assert.ok(r.status === 0 || r.status === 1, `${name}: exit ${r.status} ${r.stderr}`);
        assert.equal(out.length, 1);
      }
      assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms`);
    }
  });
});
