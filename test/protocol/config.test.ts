// Configuration over the wire: workspace/configuration answers + didChangeConfiguration, a
// .thanksrc.json next to the note, and a malformed one reported on its own URI.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, codes, messageOf, uriOf, type Published } from '../helpers/lsp-client';
import { CLEAN_NOTE, FIXABLE_NOTE, SHORT_NOTE } from '../helpers/protocol-notes';

const has = (p: Published, code: string) => p.diagnostics.some((d) => d.code === code);

function find(p: Published, code: string): Diagnostic {
  const d = p.diagnostics.find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${JSON.stringify(codes(p.diagnostics))}`);
  return d;
}

describe('protocol: configuration', function () {
  this.timeout(60000);
  let client: LspClient;
  let dir: string;
  let n = 0;
  /** A note URI in a folder of its own (the folder's .thanksrc.json is cached per folder). */
  const fresh = (sub = `f${++n}`) => {
    mkdirSync(join(dir, sub), { recursive: true });
    return uriOf(join(dir, sub, 'note.thanks'));
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-protocol-'));
    client = await LspClient.start();
  });
  afterEach(async () => {
    // back to no settings for the next test
    if (client.settings !== null) await client.configure(null);
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks for the `thanks` section of the note’s settings', async () => {
    const uri = fresh();
    const before = client.configurationRequests.length;
    await client.open(uri, CLEAN_NOTE);
    const asked = client.configurationRequests.slice(before);
    assert.ok(asked.some((i) => i.section === 'thanks' && i.scopeUri === uri), JSON.stringify(asked));
  });

  it('rules: { "structure/length": "off" } re-publishes without that rule', async () => {
    const uri = fresh();
    const p = await client.open(uri, SHORT_NOTE);
    assert.ok(codes(p.diagnostics).includes('structure/length'));
    // (a publish caused by something else — the spelling dictionary finishing loading — does not count)
    const next = client.nextDiagnostics(uri, { where: (q) => !has(q, 'structure/length') });
    await client.configure({ rules: { 'structure/length': 'off' } });
    const q = await next;
    assert.equal(q.version, 1, 'same document version, new settings');
    assert.deepEqual(codes(q.diagnostics), codes(p.diagnostics).filter((c) => c !== 'structure/length'));
    // and back on when the setting goes away
    const again = client.nextDiagnostics(uri, { where: (q) => has(q, 'structure/length') });
    await client.configure(null);
    assert.deepEqual(codes((await again).diagnostics), codes(p.diagnostics));
  });

  it('rules: a severity changes the published severity', async () => {
    const uri = fresh();
    const p = await client.open(uri, SHORT_NOTE);
    assert.equal(find(p, 'structure/length').severity, DiagnosticSeverity.Warning);
    const next = client.nextDiagnostics(uri, { where: (q) => q.diagnostics.some((d) => d.code === 'structure/length' && d.severity === DiagnosticSeverity.Error) });
    await client.configure({ rules: { 'structure/length': 'error' }, categories: { personalization: 'hint' } });
    const q = await next;
    assert.equal(find(q, 'structure/length').severity, DiagnosticSeverity.Error);
    assert.equal(find(q, 'personalization/topic-reference').severity, DiagnosticSeverity.Hint);
  });

  it('categories: { placeholder: "off" } drops the whole category', async () => {
    const uri = fresh();
    const p = await client.open(uri, FIXABLE_NOTE);
    assert.ok(codes(p.diagnostics).includes('placeholder/slot'));
    const next = client.nextDiagnostics(uri, { where: (q) => !has(q, 'placeholder/slot') });
    await client.configure({ categories: { placeholder: 'off' } });
    const q = await next;
    assert.ok(!codes(q.diagnostics).some((c) => c.startsWith('placeholder/')), JSON.stringify(codes(q.diagnostics)));
    assert.ok(codes(q.diagnostics).includes('structure/sign-off'));
  });

  it('enable: false clears the diagnostics; enable: true brings them back', async () => {
    const uri = fresh();
    const p = await client.open(uri, FIXABLE_NOTE);
    assert.ok(p.diagnostics.length > 0);
    const off = client.nextDiagnostics(uri, { where: (q) => q.diagnostics.length === 0 });
    await client.configure({ enable: false });
    assert.deepEqual((await off).diagnostics, []);
    // edits while disabled publish nothing but an empty list
    const edited = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    assert.deepEqual(edited.diagnostics, []);
    const on = client.nextDiagnostics(uri, { where: (q) => q.diagnostics.length > 0 });
    await client.configure({ enable: true });
    assert.deepEqual(codes((await on).diagnostics), codes(p.diagnostics));
  });

  it('enable: false also silences hover, code actions and completion', async () => {
    const uri = fresh();
    client.settings = { enable: false };
    const p = await client.open(uri, FIXABLE_NOTE);
    assert.deepEqual(p.diagnostics, []);
    const slot = { line: FIXABLE_NOTE.split('\n').findIndex((l) => l.includes('[Interviewer Name]')), character: FIXABLE_NOTE.split('\n').find((l) => l.includes('[Interviewer Name]'))!.indexOf('[Interviewer Name]') + 1 };
    assert.equal(await client.hover(uri, slot), null);
    assert.deepEqual(await client.codeActions(uri, { start: slot, end: slot }, { only: ['source.fixAll'] }), []);
    assert.deepEqual(await client.completion(uri, slot), []);
    await client.close(uri);
  });

  it('bad setting values are logged and ignored; the rest of the settings apply', async () => {
    const uri = fresh();
    client.settings = { rules: { 'structure/length': 'loud', 'structure/sign-off': 'error' }, categories: { bogus: 'off' } };
    const logsBefore = client.logs.length;
    const p = await client.open(uri, FIXABLE_NOTE);
    // the warnings were sent before the diagnostics, and messages keep their order
    const logged = client.logs.slice(logsBefore).join('\n');
    assert.match(logged, /rules\.structure\/length must be one of/);
    assert.match(logged, /unknown category "bogus"/);
    assert.equal(find(p, 'structure/sign-off').severity, DiagnosticSeverity.Error);
    await client.close(uri);
  });

  it('settings are per note: the answer may depend on the scope URI', async () => {
    const a = fresh();
    const b = fresh();
    // neither note is open yet, so the server has nothing cached for them
    client.settings = (item: { scopeUri?: string }) => (item.scopeUri === a ? { rules: { 'placeholder/slot': 'off' } } : null);
    const pa = await client.open(a, FIXABLE_NOTE);
    const pb = await client.open(b, FIXABLE_NOTE);
    assert.ok(!codes(pa.diagnostics).includes('placeholder/slot'));
    assert.ok(codes(pb.diagnostics).includes('placeholder/slot'));
    await client.close(a);
    await client.close(b);
  });

  it('a .thanksrc.json next to the note changes severity, and outranks the settings', async () => {
    const uri = fresh('rc-severity');
    writeFileSync(join(dir, 'rc-severity', '.thanksrc.json'), JSON.stringify({ rules: { 'placeholder/slot': 'warning' }, categories: { structure: 'information' } }));
    const p = await client.open(uri, FIXABLE_NOTE);
    assert.equal(find(p, 'placeholder/slot').severity, DiagnosticSeverity.Warning);
    assert.equal(find(p, 'structure/sign-off').severity, DiagnosticSeverity.Information);
    assert.equal(find(p, 'personalization/company-missing').severity, DiagnosticSeverity.Warning);
    const next = client.nextDiagnostics(uri, { where: (q) => q.diagnostics.some((d) => d.code === 'personalization/company-missing' && d.severity === DiagnosticSeverity.Error) });
    await client.configure({ rules: { 'placeholder/slot': 'hint', 'personalization/company-missing': 'error' } });
    const q = await next;
    assert.equal(find(q, 'placeholder/slot').severity, DiagnosticSeverity.Warning, '.thanksrc.json wins over settings');
    assert.equal(find(q, 'personalization/company-missing').severity, DiagnosticSeverity.Error, 'settings apply where the rc file is silent');
  });

  it('a malformed .thanksrc.json: a diagnostic on the rc file’s URI, and defaults for the note', async () => {
    const uri = fresh('rc-broken');
    const rcPath = join(dir, 'rc-broken', '.thanksrc.json');
    const rcText = '{\n  "rules": {\n    "placeholder/slot": "warning",\n  }\n}\n';
    writeFileSync(rcPath, rcText);
    const rcUri = uriOf(rcPath);
    const rcPublished = client.nextDiagnostics(rcUri);
    const p = await client.open(uri, FIXABLE_NOTE);
    const rc = await rcPublished;
    assert.equal(rc.diagnostics.length, 1, JSON.stringify(rc.diagnostics));
    const [d] = rc.diagnostics;
    assert.equal(d.source, 'thanks');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(messageOf(d), /not valid JSON/);
    const lines = rcText.split('\n');
    assert.ok(d.range.start.line < lines.length && d.range.start.character <= lines[d.range.start.line].length, JSON.stringify(d.range));
    assert.equal(d.range.start.line, 3, 'points at the trailing comma’s closing brace');
    // the note gets the defaults: the slot stays an error
    assert.equal(find(p, 'placeholder/slot').severity, DiagnosticSeverity.Error);
  });

  it('a .thanksrc.json changed on disk applies after workspace/didChangeWatchedFiles; a repaired one clears its diagnostic', async () => {
    const uri = fresh('rc-watch');
    const rcPath = join(dir, 'rc-watch', '.thanksrc.json');
    const rcUri = uriOf(rcPath);
    writeFileSync(rcPath, '{ "rules": ');
    const broken = client.nextDiagnostics(rcUri);
    const p = await client.open(uri, FIXABLE_NOTE);
    assert.equal((await broken).diagnostics.length, 1);
    assert.equal(find(p, 'placeholder/slot').severity, DiagnosticSeverity.Error);
    writeFileSync(rcPath, JSON.stringify({ rules: { 'placeholder/slot': 'off' } }));
    const repaired = client.nextDiagnostics(rcUri);
    const note = client.nextDiagnostics(uri, { where: (q) => !has(q, 'placeholder/slot') });
    await client.filesChanged([{ uri: rcUri, type: FileChangeType.Changed }]);
    assert.deepEqual((await repaired).diagnostics, []);
    const q = await note;
    assert.ok(!codes(q.diagnostics).includes('placeholder/slot'), JSON.stringify(codes(q.diagnostics)));
    assert.ok(codes(q.diagnostics).includes('structure/sign-off'));
  });

  it('a deleted malformed .thanksrc.json: its diagnostic is cleared', async () => {
    const uri = fresh('rc-delete');
    const rcPath = join(dir, 'rc-delete', '.thanksrc.json');
    const rcUri = uriOf(rcPath);
    writeFileSync(rcPath, '{ "categories": { "placeholder": "off" }');
    const broken = client.nextDiagnostics(rcUri);
    await client.open(uri, FIXABLE_NOTE);
    assert.equal((await broken).diagnostics.length, 1);
    unlinkSync(rcPath);
    const cleared = client.nextDiagnostics(rcUri);
    await client.filesChanged([{ uri: rcUri, type: FileChangeType.Deleted }]);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('without the configuration capability the server uses defaults and never asks', async () => {
    const plain = await LspClient.start({ configuration: false, settings: { enable: false } });
    try {
      const p = await plain.open(fresh(), FIXABLE_NOTE);
      assert.ok(codes(p.diagnostics).includes('placeholder/slot'));
      assert.equal(plain.configurationRequests.length, 0);
    } finally {
      await plain.dispose();
    }
  });
});
