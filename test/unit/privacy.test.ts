// Privacy: the CLI and the language server run with every Node network and DNS entry point made to
// throw and log (test/helpers/no-network.cjs), through real work, and nothing tries. The extension
// client is checked statically: no networking module or API appears in client/src.
// Needs `npm run build` (server/out/*.js).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LspClient, REPO_ROOT, uriOf, rangeOf } from '../helpers/lsp-client';
import { CLEAN_NOTE, FIXABLE_NOTE } from '../helpers/protocol-notes';
import { buildMailto } from '../../server/src/core/compose/email/mailto';

const PRELOAD = resolve(__dirname, '..', 'helpers', 'no-network.cjs');
const CLI = join(REPO_ROOT, 'server', 'out', 'cli.js');
const THANKS = join(REPO_ROOT, 'server', 'out', 'thanks.js');

describe('privacy: nothing leaves the machine', function () {
  this.timeout(60_000);
  let dir: string;
  let log: string;
  const attempts = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []);

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-privacy-'));
    log = join(dir, 'network.log');
    writeFileSync(join(dir, 'clean.thanks'), CLEAN_NOTE);
    writeFileSync(join(dir, 'fixable.thanks'), FIXABLE_NOTE);
    writeFileSync(join(dir, 'links.thanks'), CLEAN_NOTE.replace('Best regards,', 'See https://example.com/portfolio and ![x](https://example.com/track.png) <img src="https://example.com/p.gif">\n\nBest regards,'));
    writeFileSync(join(dir, '.thanksrc.json'), JSON.stringify({ rules: { 'structure/subject': 'off' }, words: ['Lakeside'] }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the preload really blocks and logs every entry point (self-test)', () => {
    const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', ''], { env: { ...process.env, THANKS_NETWORK_SELFTEST: '1', THANKS_NETWORK_LOG: log }, encoding: 'utf8' });
    assert.equal(r.stdout.trim(), 'blocked 9 of 9', r.stderr);
    assert.equal(attempts().length, 9);
    rmSync(log);
  });

  it('thanks-lint (text, json, --fix) makes no network attempt', function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    const env = { ...process.env, THANKS_NETWORK_LOG: log, THANKS_NOW: '2026-11-25T09:00', NO_COLOR: '1' };
    const runs: [string, string[]][] = [
      [CLI, [dir]],
      [CLI, ['--format', 'json', dir]],
      [CLI, ['--fix', join(dir, 'fixable.thanks')]],
    ];
    // The preview/export CLI (`thanks export`), when built: HTML and .eml of a note with remote links and images.
    if (existsSync(THANKS)) for (const f of ['text', 'html', 'eml']) runs.push([THANKS, ['export', '--format', f, join(dir, 'links.thanks')]]);
    for (const [bin, args] of runs) {
      const r = spawnSync(process.execPath, ['--require', PRELOAD, bin, ...args], { env, encoding: 'utf8', cwd: dir });
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /EPRIVACY|network access blocked/);
    }
    assert.deepEqual(attempts(), []);
  });

  it('the language server over stdio (open, edit, hover, code actions, fix-all, completion, add word) makes no network attempt', async () => {
    const saved = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${saved ? saved + ' ' : ''}--require ${JSON.stringify(PRELOAD).slice(1, -1)}`;
    process.env.THANKS_NETWORK_LOG = log;
    let client: LspClient | undefined;
    try {
      client = await LspClient.start({ cwd: dir });
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
      delete process.env.THANKS_NETWORK_LOG;
    }
    try {
      const uri = uriOf(join(dir, 'fixable.thanks'));
      const first = await client.open(uri, FIXABLE_NOTE);
      assert.ok(first.diagnostics.length > 0);
      const slot = first.diagnostics.find((d) => d.code === 'placeholder/slot')!;
      await client.hover(uri, slot.range.start);
      await client.codeActions(uri, slot.range, { diagnostics: [slot] });
      await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { only: ['source.fixAll.thanks'] });
      await client.completion(uri, { line: 13, character: 0 });
      const edited = await client.change(uri, [{ range: rangeOf(FIXABLE_NOTE, 'Thx,'), text: 'Thankfully yours, teh' }]);
      assert.equal(edited.version, 2);
      const links = uriOf(join(dir, 'links.thanks'));
      await client.open(links, readFileSync(join(dir, 'links.thanks'), 'utf8'));
      const { ExecuteCommandRequest } = await import('vscode-languageserver-protocol/node');
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'thanks.addToDictionary', arguments: [uri, 'Quokkaish'] });
      // the preview and .eml export (thanks/render, thanks/exportEml), when the server has them
      for (const method of ['thanks/render', 'thanks/exportEml']) {
        await client.connection.sendRequest(method, { textDocument: { uri: links } }).catch((e: Error) => assert.doesNotMatch(e.message, /EPRIVACY|blocked/));
      }
      assert.equal(await client.shutdown(), 0);
      assert.match(client.stderr, /^$|^(?![\s\S]*EPRIVACY)/, client.stderr);
    } finally {
      await client.dispose();
    }
    assert.deepEqual(attempts(), []);
  });

  it('the extension client code uses no network module or API', () => {
    const root = join(REPO_ROOT, 'client', 'src');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (/\.[cm]?[jt]sx?$/.test(e.name)) files.push(join(d, e.name));
      }
    };
    walk(root);
    assert.ok(files.length > 0);
    const forbidden = [
      /from\s+['"](?:node:)?(?:net|http|https|http2|dns|dgram|tls)['"]/,
      /require\(\s*['"](?:node:)?(?:net|http|https|http2|dns|dgram|tls)['"]\s*\)/,
      /\bfetch\s*\(/,
      /\bXMLHttpRequest\b/,
      /\bWebSocket\b/,
      /\bTransportKind\.socket\b/,
      /from\s+['"](?:axios|node-fetch|undici|got|request|ws)['"]/,
    ];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const re of forbidden) assert.doesNotMatch(text, re, `${f} matches ${re}`);
      // Handing a link to the system is allowed only for the mail app (a mailto: link, opened on request).
      if (/\bopenExternal\b/.test(text)) assert.match(text, /mailto/, `${f} opens an external link that is not a mailto: link`);
    }
  });

  it('the only link handed to the system is a mailto: link', () => {
    const r = buildMailto({ to: ['a@b.example', 'javascript:alert(1)'], subject: 'https://evil.example', body: 'x' });
    assert.match(r.url, /^mailto:/);
  });

  it('package.json declares the workspace-trust behaviour', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const u = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(u, 'capabilities.untrustedWorkspaces');
    assert.equal(u.supported, 'limited');
    assert.match(u.description, /\.thanksrc\.json/);
  });
});
