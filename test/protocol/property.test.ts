// Property tests over LSP (fast-check) against the built server over stdio: random notes and random
// sequences of incremental edits. The server never crashes or hangs; every published diagnostic lies
// inside the document of its version (UTF-16 positions, with emoji, combining marks, CRLF, a BOM);
// every offered quick fix, applied, changes only its own range(s); source.fixAll.thanks is idempotent.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, applyTextEdits, offsetAt, positionAt, uriOf } from '../helpers/lsp-client';
import { editArb, noteArb } from '../helpers/random-notes';
import { report } from '../helpers/report';

const SEQUENCES = Number(process.env.THANKS_LSP_PROPERTY_RUNS ?? 50);

/** Lines as LSP counts them (\n, \r\n and a lone \r end a line). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\n|\r/).map((l) => l.length);
}

function assertInside(text: string, diags: Diagnostic[], what: string): void {
  const lens = lineLengths(text);
  for (const d of diags) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lens.length, `${what}: ${d.code} line ${p.line} of ${lens.length}`);
      assert.ok(p.character >= 0 && p.character <= lens[p.line], `${what}: ${d.code} character ${p.character} past line ${p.line} (${lens[p.line]})`);
    }
    assert.ok(offsetAt(text, d.range.start) <= offsetAt(text, d.range.end), `${what}: ${d.code} range reversed`);
  }
}

/** Applying `edits` leaves every character outside their ranges unchanged. */
function assertOnlyOwnRanges(text: string, edits: TextEdit[], title: string): string {
  const spans = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), len: e.newText.length })).sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start, `"${title}": overlapping edits`);
  const after = applyTextEdits(text, edits);
  let o = 0;
  let n = 0;
  for (const s of spans) {
    assert.equal(after.slice(n, n + s.start - o), text.slice(o, s.start), `"${title}" changed text before its range`);
    n += s.start - o + s.len;
    o = s.end;
  }
  assert.equal(after.slice(n), text.slice(o), `"${title}" changed text after its range`);
  return after;
}

/**
 * Editors never put a position inside a \r\n or a surrogate pair; keep random edits on such
 * boundaries so that this test's model of the document and the server's stay the same.
 */
function snap(text: string, o: number): number {
  if (o > 0 && o < text.length && text[o - 1] === '\r' && text[o] === '\n') o--;
  if (o > 0 && o < text.length && (text.charCodeAt(o) & 0xfc00) === 0xdc00 && (text.charCodeAt(o - 1) & 0xfc00) === 0xd800) o--;
  return o;
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

describe('property: the server over LSP', function () {
  this.timeout(300_000);
  let client: LspClient;
  let dir: string;
  let n = 0;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-lsp-property-'));
    client = await LspClient.start({ cwd: dir });
    report(`LSP property runs: ${SEQUENCES} edit sequences`);
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const stats = { edits: 0, quickFixes: 0, fixAlls: 0 };
  after(() => report(`LSP property: ${stats.edits} incremental edits, ${stats.quickFixes} quick fixes applied and checked, ${stats.fixAlls} fix-all round trips`));

  it('random notes and incremental edits: no crash or hang, ranges inside, fixes local, fix-all idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(noteArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), async (start, edits) => {
        const uri = uriOf(join(dir, `p${++n}.thanks`));
        const texts = new Map<number, string>();
        let text = start;
        texts.set(1, text);
        const opened = await client.open(uri, text);
        assertInside(text, opened.diagnostics, 'open');
        for (const e of edits) {
          const n1 = text.length + 1;
          const s = snap(text, e[0] % n1);
          const end = Math.max(s, snap(text, s + (e[1] % Math.max(1, Math.min(20, n1 - s)))));
          const range: Range = { start: positionAt(text, s), end: positionAt(text, end) };
          const next = applyTextEdits(text, [{ range, newText: e[2] }]);
          const version = await client.sendChange(uri, [{ range, text: e[2] }]);
          text = next;
          texts.set(version, text);
        }
        stats.edits += edits.length;
        const last = client.version(uri);
        const final = await client.diagnosticsAt(uri, last, 10_000);
        for (const p of client.publishedFor(uri)) {
          const t = p.version === undefined ? undefined : texts.get(p.version);
          if (t !== undefined) assertInside(t, p.diagnostics, `version ${p.version}`);
        }
        // quick fixes of every diagnostic: each changes only its own ranges
        if (final.diagnostics.length) {
          const whole: Range = { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
          const actions = (await client.codeActions(uri, whole, { diagnostics: final.diagnostics.slice(0, 20) })) ?? [];
          for (const a of actions as CodeAction[]) {
            if (!a.edit) continue;
            assertOnlyOwnRanges(text, editsOf(a, uri), a.title);
            stats.quickFixes++;
          }
        }
        // fix-all, applied, then asked again: nothing left to do
        const whole: Range = { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
        const fixAll = ((await client.codeActions(uri, whole, { only: ['source.fixAll.thanks'] })) ?? []) as CodeAction[];
        if (fixAll.length) {
          stats.fixAlls++;
          const fixed = applyTextEdits(text, editsOf(fixAll[0], uri));
          await client.replaceAll(uri, fixed);
          const again = ((await client.codeActions(uri, whole, { only: ['source.fixAll.thanks'] })) ?? []) as CodeAction[];
          const second = again.length ? applyTextEdits(fixed, editsOf(again[0], uri)) : fixed;
          assert.equal(second, fixed, 'fix-all is not idempotent');
        }
        await client.close(uri);
        assert.equal(client.exited, undefined, 'the server is still running');
      }),
      { numRuns: SEQUENCES },
    );
  });
});
