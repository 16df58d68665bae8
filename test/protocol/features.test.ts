// Hover, code actions (quick fixes, disable comments, source.fixAll.thanks) and completion over the wire.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeActionKind, type CodeAction, type Command, type CompletionItem, type CompletionList, type Diagnostic, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, applyTextEdits, codes, messageOf, positionAt, rangeOf, uriOf, type Published } from '../helpers/lsp-client';
import { CLEAN_NOTE, FIXABLE_NOTE, crlf, withDate } from '../helpers/protocol-notes';

function find(p: Published, code: string): Diagnostic {
  const d = p.diagnostics.find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${JSON.stringify(codes(p.diagnostics))}`);
  return d;
}

function asActions(result: (Command | CodeAction)[] | null): CodeAction[] {
  assert.ok(Array.isArray(result), 'codeAction returned no list');
  for (const a of result) assert.ok('kind' in a || 'edit' in a || 'command' in a, JSON.stringify(a));
  return result.filter((a): a is CodeAction => typeof (a as CodeAction).title === 'string' && !('arguments' in a && typeof (a as Command).command === 'string'));
}

/** The edits an action makes to `uri` (changes or documentChanges). */
function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const e = action.edit;
  assert.ok(e, `"${action.title}" has no edit`);
  let edits: unknown[] = [];
  if (e.changes) edits = e.changes[uri] ?? [];
  else {
    const dc = (e.documentChanges ?? []).find((c) => 'textDocument' in c && c.textDocument.uri === uri);
    edits = dc && 'edits' in dc ? dc.edits : [];
  }
  for (const x of edits) assert.ok(typeof (x as TextEdit).newText === 'string', `not a plain text edit: ${JSON.stringify(x)}`);
  return edits as TextEdit[];
}

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  assert.ok(r, 'completion returned null');
  return Array.isArray(r) ? r : r.items;
}

describe('protocol: hover, code actions, completion', function () {
  this.timeout(60000);
  let client: LspClient;
  let dir: string;
  let n = 0;
  const fresh = () => uriOf(join(dir, `note-${++n}.thanks`));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-protocol-'));
    client = await LspClient.start();
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('hover', () => {
    it('on a flagged range: why it matters and the rule id, not the message again (the editor shows it)', async () => {
      const uri = fresh();
      const p = await client.open(uri, FIXABLE_NOTE);
      const slot = find(p, 'placeholder/slot');
      const inside = { line: slot.range.start.line, character: slot.range.start.character + 3 };
      const h = await client.hover(uri, inside);
      assert.ok(h, 'no hover on the slot');
      const value = (h.contents as MarkupContent).value;
      assert.equal((h.contents as MarkupContent).kind, 'markdown');
      assert.ok(!value.includes(messageOf(slot)), value);
      assert.match(value, /Why it matters/);
      assert.match(value, /placeholder\/slot/);
      // overlapping findings (the sentence without the company name) share the hover; its range holds the position
      const r = h.range!;
      assert.ok(r.start.line <= inside.line && inside.line <= r.end.line, JSON.stringify(r));
      assert.ok(r.start.character <= inside.character && inside.character < r.end.character, JSON.stringify(r));
    });

    it('on a front-matter key: what the key is for', async () => {
      const uri = fresh();
      await client.open(uri, CLEAN_NOTE);
      const role = rangeOf(CLEAN_NOTE, 'role:');
      const h = await client.hover(uri, { line: role.start.line, character: 1 });
      assert.ok(h, 'no hover on `role`');
      const value = (h.contents as MarkupContent).value;
      assert.match(value, /`role`/);
      assert.match(value, /required/);
      assert.match(value, /job title/i);
      assert.deepEqual(h.range, { start: role.start, end: { line: role.start.line, character: 4 } });
    });

    it('overlapping findings share one hover', async () => {
      const uri = fresh();
      const p = await client.open(uri, FIXABLE_NOTE);
      const slot = find(p, 'placeholder/slot');
      const company = find(p, 'personalization/company-missing');
      const h = await client.hover(uri, slot.range.start);
      const value = (h!.contents as MarkupContent).value;
      assert.match(value, /`placeholder\/slot`/);
      assert.match(value, /`personalization\/company-missing`/);
      assert.ok(!value.includes(messageOf(slot)) && !value.includes(messageOf(company)), value);
    });

    it('for a note the server does not have: null hover, no actions, no completions', async () => {
      const uri = fresh();
      const pos = { line: 0, character: 0 };
      assert.equal(await client.hover(uri, pos), null);
      assert.deepEqual(await client.codeActions(uri, { start: pos, end: pos }, { only: ['source.fixAll'] }), []);
      assert.deepEqual(await client.completion(uri, pos), []);
    });

    it('where nothing is flagged: null', async () => {
      const uri = fresh();
      await client.open(uri, CLEAN_NOTE);
      const pos = positionAt(CLEAN_NOTE, CLEAN_NOTE.indexOf('openly') + 2);
      assert.equal(await client.hover(uri, pos), null);
    });
  });

  describe('code actions', () => {
    it('for a diagnostic: the fix, "Disable … for this line" and "Disable … in this note"; each edit removes it', async () => {
      const uri = fresh();
      const p = await client.open(uri, FIXABLE_NOTE);
      const slot = find(p, 'placeholder/slot');
      const actions = asActions(await client.codeActions(uri, slot.range, { diagnostics: [slot], only: [CodeActionKind.QuickFix] }));
      const titles = actions.map((a) => a.title);
      const fill = actions.find((a) => a.title === 'Fill in "Priya Raman"');
      const line = actions.find((a) => a.title === 'Disable placeholder/slot for this line');
      const note = actions.find((a) => a.title === 'Disable placeholder/slot in this note');
      assert.ok(fill && line && note, JSON.stringify(titles));
      for (const a of actions) assert.equal(a.kind, CodeActionKind.QuickFix);
      assert.equal(fill.isPreferred, true);
      assert.deepEqual(fill.diagnostics?.map((d) => d.code), ['placeholder/slot']);
      assert.deepEqual(editsOf(fill, uri), [{ range: slot.range, newText: 'Priya Raman' }]);

      let version = 1;
      for (const a of [fill, line, note]) {
        // each applied to the original text (a full-content change back to it first)
        if (version > 1) await client.replaceAll(uri, FIXABLE_NOTE);
        const fixed = applyTextEdits(FIXABLE_NOTE, editsOf(a, uri));
        assert.notEqual(fixed, FIXABLE_NOTE);
        const after = await client.replaceAll(uri, fixed);
        version = after.version!;
        assert.ok(!codes(after.diagnostics).includes('placeholder/slot'), `"${a.title}" left ${JSON.stringify(codes(after.diagnostics))}`);
        assert.ok(codes(after.diagnostics).includes('structure/sign-off'), `"${a.title}" should leave the other findings`);
      }
    });

    it('every "Disable …" action, applied, silences exactly that finding (front matter and body, LF and CRLF)', async () => {
      const base = withDate(FIXABLE_NOTE, '2026-11-20 10:00').replace(/^subject: .*\n/m, '').replace('candidate: Morgan Ellis', 'candidate: Morgan Ellis\nintervewer_notes: met in person');
      for (const text of [base, crlf(base)]) {
        const uri = fresh();
        const p = await client.open(uri, text);
        const found = codes(p.diagnostics);
        for (const want of ['frontmatter/unknown-key', 'timing/late', 'structure/subject', 'placeholder/slot', 'structure/sign-off']) assert.ok(found.includes(want), `${want} not in ${found}`);
        let tried = 0;
        for (const d of p.diagnostics) {
          const actions = asActions(await client.codeActions(uri, d.range, { diagnostics: [d], only: [CodeActionKind.QuickFix] }));
          // the line and note scopes are edits; the workspace scope is a command (its own test)
          const disables = actions.filter((a) => a.title.startsWith(`Disable ${String(d.code)} `) && a.edit);
          assert.ok(disables.some((a) => a.title.endsWith(' in this note')), `${d.code}: ${actions.map((a) => a.title)}`);
          for (const a of disables) {
            const edited = applyTextEdits(text, editsOf(a, uri));
            const q = await client.replaceAll(uri, edited);
            const left = codes(q.diagnostics);
            if (a.title.endsWith(' in this note')) assert.ok(!left.includes(String(d.code)), `"${a.title}" left ${d.code}`);
            else assert.ok(!q.diagnostics.some((x) => x.code === d.code && x.range.start.line === d.range.start.line), `"${a.title}" left ${d.code} on its line`);
            // every other finding stays, and nothing new appears
            assert.deepEqual(left.filter((c) => c !== d.code), found.filter((c) => c !== d.code), `"${a.title}"`);
            await client.replaceAll(uri, text);
            tried++;
          }
        }
        assert.ok(tried >= 8, `only ${tried} disable actions`);
      }
    });

    it('sends the fix as an incremental change too: the diagnostic is gone, the rest stays', async () => {
      const uri = fresh();
      const p = await client.open(uri, FIXABLE_NOTE);
      const signOff = find(p, 'structure/sign-off');
      const actions = asActions(await client.codeActions(uri, signOff.range, { diagnostics: [signOff] }));
      const fix = actions.find((a) => a.title === 'Replace with "Thank you,"');
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      const after = await client.change(uri, editsOf(fix, uri).map((e) => ({ range: e.range, text: e.newText })));
      assert.deepEqual(codes(after.diagnostics), ['personalization/company-missing', 'placeholder/slot']);
    });

    it('offers nothing for a diagnostic that is not the server’s', async () => {
      const uri = fresh();
      const p = await client.open(uri, FIXABLE_NOTE);
      const slot = find(p, 'placeholder/slot');
      const foreign = { ...slot, source: 'other-linter' };
      const actions = asActions(await client.codeActions(uri, slot.range, { diagnostics: [foreign], only: [CodeActionKind.QuickFix] }));
      assert.deepEqual(actions, []);
    });

    it('source.fixAll.thanks: one edit that leaves no safe fix, and nothing to do the second time (LF and CRLF)', async () => {
      for (const [eol, note] of [['\n', FIXABLE_NOTE], ['\r\n', crlf(FIXABLE_NOTE)]]) {
        const uri = fresh();
        await client.open(uri, note);
        const whole = { start: { line: 0, character: 0 }, end: positionAt(note, note.length) };
        const actions = asActions(await client.codeActions(uri, whole, { only: [CodeActionKind.SourceFixAll] }));
        assert.equal(actions.length, 1, JSON.stringify(actions));
        const [fixAll] = actions;
        assert.equal(fixAll.kind, 'source.fixAll.thanks');
        const edits = editsOf(fixAll, uri);
        assert.equal(edits.length, 1);
        const fixed = applyTextEdits(note, edits);
        assert.ok(fixed.includes('meeting with me, Priya Raman, to discuss'), fixed);
        assert.ok(fixed.includes(`${eol}Thank you,${eol}Morgan Ellis`), JSON.stringify(fixed.slice(-60)));
        if (eol === '\r\n') assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF in a CRLF note');
        const after = await client.replaceAll(uri, fixed);
        assert.ok(!codes(after.diagnostics).includes('placeholder/slot'));
        assert.ok(!codes(after.diagnostics).includes('structure/sign-off'));
        // idempotent: asked again on the fixed text, there is nothing left to fix
        const whole2 = { start: { line: 0, character: 0 }, end: positionAt(fixed, fixed.length) };
        assert.deepEqual(asActions(await client.codeActions(uri, whole2, { only: [CodeActionKind.SourceFixAll] })), []);
        // and no remaining diagnostic brings it back
        for (const d of after.diagnostics) {
          const more = asActions(await client.codeActions(uri, d.range, { diagnostics: [d], only: [CodeActionKind.SourceFixAll] }));
          assert.deepEqual(more, [], `${d.code} still fixable`);
        }
      }
    });

    it('source.fixAll.thanks is not offered for a clean note, nor when only quick fixes are asked for', async () => {
      const uri = fresh();
      await client.open(uri, CLEAN_NOTE);
      const whole = { start: { line: 0, character: 0 }, end: positionAt(CLEAN_NOTE, CLEAN_NOTE.length) };
      assert.deepEqual(asActions(await client.codeActions(uri, whole, { only: [CodeActionKind.SourceFixAll] })), []);
      const uri2 = fresh();
      const p = await client.open(uri2, FIXABLE_NOTE);
      const quick = asActions(await client.codeActions(uri2, p.diagnostics[0].range, { diagnostics: p.diagnostics, only: [CodeActionKind.QuickFix] }));
      assert.ok(quick.length > 0);
      assert.ok(quick.every((a) => a.kind === CodeActionKind.QuickFix), JSON.stringify(quick.map((a) => a.kind)));
    });
  });

  describe('completion', () => {
    it('in the front matter: the missing keys, with documentation', async () => {
      const uri = fresh();
      const text = CLEAN_NOTE.replace(/^subject: .*\n/m, '').replace(/^candidate: .*\n/m, '').replace('\n---\n\nDear', '\n\n---\n\nDear').replace(/\n---\nDear/, '\n\n---\nDear');
      const emptyLine = text.split('\n').indexOf('', 1);
      assert.ok(emptyLine > 0 && emptyLine < text.split('\n').indexOf('---', 1), 'an empty line inside the front matter');
      await client.open(uri, text);
      const got = items(await client.completion(uri, { line: emptyLine, character: 0 }));
      const labels = got.map((i) => i.label).sort();
      assert.deepEqual(labels, ['candidate', 'concerns', 'decision_date', 'sent', 'subject', 'type']);
      for (const i of got) {
        const doc = i.documentation as MarkupContent;
        assert.equal(doc?.kind, 'markdown', i.label);
        assert.ok(doc.value.includes(`\`${i.label}\``), doc.value);
        assert.ok(typeof i.insertText === 'string' && i.insertText.startsWith(`${i.label}:`), i.insertText);
      }
    });

    it('in the body: the interviewer’s and the company’s names', async () => {
      const uri = fresh();
      await client.open(uri, CLEAN_NOTE);
      const pos = positionAt(CLEAN_NOTE, CLEAN_NOTE.indexOf('I am still very interested'));
      const labels = items(await client.completion(uri, pos)).map((i) => i.label);
      for (const want of ['Priya Raman', 'Priya', 'Lakeside Mobility', 'Product Designer']) assert.ok(labels.includes(want), `${want} not in ${JSON.stringify(labels)}`);
      assert.ok(!labels.includes('subject'), 'no front-matter keys in the body');
    });
  });
});
