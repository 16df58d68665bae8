// Diagnostics over the wire: didOpen, incremental didChange, versions, UTF-16 positions, CRLF,
// inline directives, didClose, and the pinned clock.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO_ROOT, codes, messageOf, positionAt, rangeOf, textIn, uriOf, type Published } from '../helpers/lsp-client';
import { CLEAN_NOTE, FIXABLE_NOTE, crlf, withDate } from '../helpers/protocol-notes';

/** Every diagnostic is well-formed and its range lies inside `text`. */
function assertWellFormed(text: string, diags: Diagnostic[]): void {
  const lines = text.split(/\r\n|\n|\r/);
  for (const d of diags) {
    const where = JSON.stringify(d);
    assert.equal(d.source, 'thanks', where);
    assert.match(String(d.code), /^[a-z]+\/[a-z0-9-]+$/, where);
    assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4, where);
    assert.ok(typeof d.message === 'string' && d.message.length > 0, where);
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line out of the document: ${where}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character past the end of line ${p.line}: ${where}`);
    }
    const s = d.range.start;
    const e = d.range.end;
    assert.ok(s.line < e.line || (s.line === e.line && s.character <= e.character), `range ends before it starts: ${where}`);
  }
}

function find(p: Published, code: string): Diagnostic {
  const d = p.diagnostics.find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${JSON.stringify(codes(p.diagnostics))}`);
  return d;
}

describe('protocol: diagnostics', function () {
  this.timeout(60000);
  let client: LspClient;
  let dir: string;
  let n = 0;
  /** A fresh file URI in the temp folder (the file need not exist). */
  const fresh = (name = 'note') => uriOf(join(dir, `${name}-${++n}.thanks`));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-protocol-'));
    client = await LspClient.start();
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes well-formed diagnostics on didOpen, with codes, source, ranges and severities', async () => {
    const uri = fresh();
    const p = await client.open(uri, FIXABLE_NOTE);
    assert.equal(p.version, 1);
    assertWellFormed(FIXABLE_NOTE, p.diagnostics);
    const slot = find(p, 'placeholder/slot');
    assert.deepEqual(slot.range, rangeOf(FIXABLE_NOTE, '[Interviewer Name]'));
    assert.equal(slot.severity, DiagnosticSeverity.Error);
    assert.match(messageOf(slot), /\[Interviewer Name\]/);
    const signOff = find(p, 'structure/sign-off');
    assert.equal(textIn(FIXABLE_NOTE, signOff.range), 'Thx,');
    assert.equal(signOff.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(codes(p.diagnostics), ['personalization/company-missing', 'placeholder/slot', 'structure/sign-off']);
  });

  it('links each diagnostic to its rule documentation (codeDescription.href)', async function () {
    // The server only links docs that ship with it (docs/rules/<category>/<name>.md).
    if (!existsSync(join(REPO_ROOT, 'docs', 'rules'))) this.skip();
    const p = await client.open(fresh(), FIXABLE_NOTE);
    assert.ok(p.diagnostics.length > 0);
    for (const d of p.diagnostics) {
      const href = d.codeDescription?.href;
      assert.ok(href, `no codeDescription for ${d.code}`);
      assert.match(href, new RegExp(`^file:.*/docs/rules/${String(d.code)}\\.md$`));
      assert.ok(existsSync(new URL(href)), `${href} does not exist`);
    }
  });

  it('publishes an empty list for a clean note', async () => {
    const p = await client.open(fresh(), CLEAN_NOTE);
    assert.deepEqual(p.diagnostics, []);
  });

  it('follows incremental edits: a placeholder inserted mid-line is flagged at its range, and gone once deleted', async () => {
    const uri = fresh();
    await client.open(uri, CLEAN_NOTE);
    const anchor = 'the way your team tests ideas';
    const at = CLEAN_NOTE.indexOf(anchor) + 'the way your '.length;
    const pos = positionAt(CLEAN_NOTE, at);
    assert.ok(pos.character > 0, 'the insertion is mid-line');
    const inserted = '[Team Name] ';
    const p2 = await client.change(uri, [{ range: { start: pos, end: pos }, text: inserted }]);
    assert.equal(p2.version, 2);
    const text2 = CLEAN_NOTE.slice(0, at) + inserted + CLEAN_NOTE.slice(at);
    const slot = find(p2, 'placeholder/slot');
    assert.deepEqual(slot.range, { start: pos, end: { line: pos.line, character: pos.character + '[Team Name]'.length } });
    assert.equal(textIn(text2, slot.range), '[Team Name]');
    assertWellFormed(text2, p2.diagnostics);
    const p3 = await client.change(uri, [{ range: { start: pos, end: { line: pos.line, character: pos.character + inserted.length } }, text: '' }]);
    assert.equal(p3.version, 3);
    assert.deepEqual(p3.diagnostics, []);
  });

  it('after several rapid changes, the last publish is for the last version and matches the final text', async () => {
    const uri = fresh();
    await client.open(uri, CLEAN_NOTE);
    // Type "TODO [Company] " one character at a time at the start of the second paragraph, without waiting.
    const at = CLEAN_NOTE.indexOf('Our conversation about');
    const start = positionAt(CLEAN_NOTE, at);
    let text = CLEAN_NOTE;
    let last = 0;
    const typed = 'TODO [Company] ';
    for (let i = 0; i < typed.length; i++) {
      const p = { line: start.line, character: start.character + i };
      last = await client.sendChange(uri, [{ range: { start: p, end: p }, text: typed[i] }]);
      text = text.slice(0, at + i) + typed[i] + text.slice(at + i);
    }
    // and greet the wrong person in one more change
    const sal = rangeOf(text, 'Priya,');
    last = await client.sendChange(uri, [{ range: sal, text: 'Sarah,' }]);
    text = text.replace('Dear Priya,', 'Dear Sarah,');
    assert.equal(last, 2 + typed.length);
    const finalPublish = await client.diagnosticsAt(uri, last);
    // A round trip: anything the server still had queued for this note has been sent by now.
    await client.hover(uri, { line: 0, character: 0 });
    const all = client.publishedFor(uri);
    const versions = all.map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `publishes out of order: ${versions}`);
    assert.ok(all.filter((p) => p.seq > finalPublish.seq).every((p) => p.version === last), 'nothing for an older version after the final one');
    // The same text opened afresh gives the same diagnostics.
    const reference = await client.open(fresh(), text);
    const key = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
    const settled = client.lastDiagnostics(uri)!;
    assert.deepEqual(settled.diagnostics.map(key).sort(), reference.diagnostics.map(key).sort());
    for (const c of ['placeholder/drafting-note', 'placeholder/slot', 'personalization/salutation-name']) assert.ok(codes(settled.diagnostics).includes(c), `${c} missing`);
    assertWellFormed(text, settled.diagnostics);
  });

  it('counts positions in UTF-16 code units (an emoji and accented names before the finding)', async () => {
    const line = 'Thank you, José Núñez 😊 — Zoë said the role at [Company Name] is new.';
    const text = CLEAN_NOTE.replace('Thank you for meeting with me', `${line}\n\nThank you for meeting with me`);
    const col = line.indexOf('[Company Name]');
    // The fixture means something: UTF-16 columns differ from code points and from UTF-8 bytes here.
    assert.notEqual(col, [...line.slice(0, col)].length);
    assert.notEqual(col, Buffer.byteLength(line.slice(0, col)));
    const p = await client.open(fresh(), text);
    const slot = find(p, 'placeholder/slot');
    const lineNo = text.split('\n').indexOf(line);
    assert.deepEqual(slot.range, { start: { line: lineNo, character: col }, end: { line: lineNo, character: col + '[Company Name]'.length } });
    assertWellFormed(text, p.diagnostics);
    // and the server reads positions sent to it the same way: an edit right after the emoji
    const afterEmoji = line.indexOf('😊') + 2;
    const p2 = await client.change(p.uri, [{ range: { start: { line: lineNo, character: afterEmoji }, end: { line: lineNo, character: afterEmoji } }, text: ' TODO' }]);
    const todo = find(p2, 'placeholder/drafting-note');
    assert.deepEqual(todo.range.start, { line: lineNo, character: afterEmoji + 1 });
    const slot2 = find(p2, 'placeholder/slot');
    assert.equal(slot2.range.start.character, col + ' TODO'.length);
  });

  it('handles a CRLF note: the same lines and columns as with LF, nothing past a line end', async () => {
    const lf = await client.open(fresh(), FIXABLE_NOTE);
    const text = crlf(FIXABLE_NOTE);
    const p = await client.open(fresh(), text);
    assertWellFormed(text, p.diagnostics);
    const key = (d: Diagnostic) => `${d.code}@${JSON.stringify(d.range)}`;
    assert.deepEqual(p.diagnostics.map(key).sort(), lf.diagnostics.map(key).sort());
    // and edits keep working on CRLF text
    const slot = find(p, 'placeholder/slot');
    const p2 = await client.change(p.uri, [{ range: slot.range, text: 'Lakeside Mobility' }]);
    assert.deepEqual(codes(p2.diagnostics), ['structure/sign-off']);
  });

  it('honours <!-- thanks-disable-next-line rule --> and only for the next line', async () => {
    const flagged = 'Thank you for meeting with me';
    const withDirective = FIXABLE_NOTE.replace(flagged, `<!-- thanks-disable-next-line placeholder/slot -->\n${flagged}`);
    const p = await client.open(fresh(), withDirective);
    assert.ok(!codes(p.diagnostics).includes('placeholder/slot'), JSON.stringify(codes(p.diagnostics)));
    assert.ok(codes(p.diagnostics).includes('structure/sign-off'));
    // The same directive two lines earlier (a blank line between) suppresses nothing.
    const tooEarly = FIXABLE_NOTE.replace(flagged, `<!-- thanks-disable-next-line placeholder/slot -->\n\n${flagged}`);
    const p2 = await client.open(fresh(), tooEarly);
    assert.ok(codes(p2.diagnostics).includes('placeholder/slot'));
  });

  it('clears the diagnostics of a closed note', async () => {
    const uri = fresh();
    const p = await client.open(uri, FIXABLE_NOTE);
    assert.ok(p.diagnostics.length > 0);
    const closed = await client.close(uri);
    assert.deepEqual(closed.diagnostics, []);
  });

  it('judges timing with THANKS_NOW', async () => {
    const late = await client.open(fresh(), withDate(CLEAN_NOTE, '2026-11-20 10:00'));
    assert.deepEqual(codes(late.diagnostics), ['timing/late']);
    assert.match(messageOf(late.diagnostics[0]), /5 days/);
    assert.equal(textIn(withDate(CLEAN_NOTE, '2026-11-20 10:00'), late.diagnostics[0].range), '2026-11-20 10:00');
    const future = await client.open(fresh(), withDate(CLEAN_NOTE, '2026-11-30'));
    assert.deepEqual(codes(future.diagnostics), ['timing/future-date']);
    // A server whose clock reads two days later finds the clean note late.
    const later = await LspClient.start({ now: '2026-11-27T09:00' });
    try {
      const p = await later.open(fresh(), CLEAN_NOTE);
      assert.deepEqual(codes(p.diagnostics), ['timing/late']);
    } finally {
      await later.dispose();
    }
  });
});
