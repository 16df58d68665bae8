// Scenario tests: fixture notes carry their expected findings inline (see test/helpers/expectations.ts).
// Findings of severity error/warning must match the expectations exactly; information and hint
// findings are checked only where annotated, and counted on the clean real-world notes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote } from '../../server/src/core/document/parse';
import { lint } from '../../server/src/core/lint/engine';
import { NOW } from '../helpers/rule-tester';
import { compare, readExpectations } from '../helpers/expectations';

const NOTES = join(__dirname, '../fixtures/notes');
const REAL_WORLD = join(__dirname, '../fixtures/real-world');
/** A ready-to-send note shows next to nothing: at most this many information findings per clean note. */
const MAX_INFOS_PER_CLEAN_NOTE = 0.3;
const thanksFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.thanks')).sort();

function check(dir: string, file: string, strip: boolean) {
  const raw = readFileSync(join(dir, file), 'utf8');
  const { text, expected } = readExpectations(raw, strip);
  const doc = parseNote(text);
  const found = lint(doc, { now: NOW, onRuleError: (id, e) => { throw new Error(`${id} threw: ${String(e)}`); } });
  for (const d of found) assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end, `range of ${d.ruleId}`);
  return { text, doc, found, expected };
}

describe('fixture notes with inline expectations', () => {
  it('reads expectations from comments, in place or stripped (the harness itself)', () => {
    const note = '---\n# expect: timing/late\ninterview_date: 2026-11-18\n---\n<!-- expect-note: x/y -->\n<!-- expect: a/b, tone -- a reason -->\n<!-- expect-info: e/f -->\nDear Dana,\r\n';
    const inPlace = readExpectations(note).expected;
    assert.deepEqual([...inPlace.lines].sort(), ['2:timing/late', '7:a/b', '7:tone']);
    assert.deepEqual([...inPlace.note], ['x/y']);
    assert.deepEqual([...inPlace.info], ['7:e/f']);
    const stripped = readExpectations(note, true);
    assert.equal(stripped.text, '---\ninterview_date: 2026-11-18\n---\nDear Dana,\r\n');
    assert.deepEqual([...stripped.expected.lines].sort(), ['1:timing/late', '3:a/b', '3:tone']);
    assert.equal(stripped.expected.reasons.get('3:tone'), 'a reason');
  });

  describe('test/fixtures/notes', () => {
    const files = thanksFiles(NOTES);
    it('has at least ten notes, with a BOM, CRLF and no-front-matter case among them', () => {
      assert.ok(files.length >= 10, `${files.length} notes`);
      const texts = files.map((f) => readFileSync(join(NOTES, f), 'utf8'));
      assert.ok(texts.some((t) => t.startsWith('\uFEFF')), 'a note with a BOM');
      assert.ok(texts.some((t) => t.includes('\r\n')), 'a note with CRLF');
      assert.ok(texts.some((t) => !t.replace(/^\uFEFF/, '').startsWith('---')), 'a note without front matter');
      assert.ok(texts.some((t) => !/expect/.test(t)), 'a clean note');
    });
    for (const file of files) {
      it(file, () => {
        const { text, doc, found, expected } = check(NOTES, file, false);
        assert.deepEqual(compare(text, found, (o) => doc.lines.lineOf(o), expected), { missing: [], noteMissing: [], infoMissing: [], unexpected: [] }, 'lines are 0-based');
      });
    }
  });

  describe('test/fixtures/real-world (expectation lines stripped before linting)', () => {
    const files = thanksFiles(REAL_WORLD);
    const infos: number[] = [];
    it('has at least 150 notes, a third of them clean', () => {
      assert.ok(files.length >= 150, `${files.length} notes`);
      assert.ok(files.filter((f) => f.includes('clean')).length >= files.length / 3);
    });
    for (const file of files) {
      it(file, () => {
        const { text, doc, found, expected } = check(REAL_WORLD, file, true);
        const clean = file.includes('clean');
        if (clean) {
          assert.equal(expected.lines.size + expected.note.size, 0, 'a clean note has no expectations');
          infos.push(found.filter((d) => d.severity === 'information').length);
        }
        const result = compare(text, found, (o) => doc.lines.lineOf(o), expected);
        assert.deepEqual(result, { missing: [], noteMissing: [], infoMissing: [], unexpected: [] }, 'lines are 0-based, counted after the expectation lines are removed');
      });
    }
    it(`clean notes carry at most ${MAX_INFOS_PER_CLEAN_NOTE} information findings each on average`, () => {
      assert.ok(infos.length > 0);
      const perNote = infos.reduce((a, b) => a + b, 0) / infos.length;
      assert.ok(perNote <= MAX_INFOS_PER_CLEAN_NOTE, `${perNote.toFixed(2)} per clean note`);
    });
  });
});
