// Scenario tests in markdownlint's manner: each fixture note carries its expected findings inline.
//   <!-- expect: a/b, c/d -->    the next line (not itself an expectation) has findings a/b and c/d
//   <!-- expect-note: a/b -->    the note has a finding a/b somewhere (a line that cannot be annotated)
//   <!-- expect-info: a/b -->    like expect, for an information/hint finding
//   # expect: a/b                 the same as a YAML comment inside the front matter
// Findings of severity error/warning must match the expectations exactly; information and hint
// findings are checked only where annotated.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote } from '../../server/src/core/document/parse';
import { lint } from '../../server/src/core/lint/engine';
import { NOW } from '../helpers/rule-tester';

const DIR = join(__dirname, '../fixtures/notes');

interface Expectations {
  /** "line:code" (0-based line) for error/warning findings. */
  lines: Set<string>;
  note: Set<string>;
  info: Set<string>;
}

const EXPECT_RE = /^\s*(?:<!--\s*expect(-note|-info)?:\s*(.*?)\s*-->|#\s*expect(-note|-info)?:\s*(.*?))\s*$/;

export function readExpectations(text: string): Expectations {
  const lines = text.split(/\r\n|\n|\r/);
  const out: Expectations = { lines: new Set(), note: new Set(), info: new Set() };
  lines.forEach((line, i) => {
    const m = EXPECT_RE.exec(line);
    if (!m) return;
    const kind = m[1] ?? m[3];
    const codes = (m[2] ?? m[4]).split(/[\s,]+/).filter(Boolean);
    let target = i + 1;
    while (target < lines.length && EXPECT_RE.test(lines[target])) target++;
    for (const code of codes) {
      if (kind === '-note') out.note.add(code);
      else if (kind === '-info') out.info.add(`${target}:${code}`);
      else out.lines.add(`${target}:${code}`);
    }
  });
  return out;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.thanks')).sort();

describe('fixture notes with inline expectations', () => {
  it('has at least ten notes, with a BOM, CRLF and no-front-matter case among them', () => {
    assert.ok(files.length >= 10, `${files.length} notes`);
    const texts = files.map((f) => readFileSync(join(DIR, f), 'utf8'));
    assert.ok(texts.some((t) => t.startsWith('\uFEFF')), 'a note with a BOM');
    assert.ok(texts.some((t) => t.includes('\r\n')), 'a note with CRLF');
    assert.ok(texts.some((t) => !t.replace(/^\uFEFF/, '').startsWith('---')), 'a note without front matter');
    assert.ok(texts.some((t) => !/expect/.test(t)), 'a clean note');
  });

  it('reads expectations from comments (the harness itself)', () => {
    const e = readExpectations('---\n# expect: timing/late\ninterview_date: 2026-11-18\n---\n<!-- expect-note: x/y -->\n<!-- expect: a/b, c/d -->\n<!-- expect-info: e/f -->\nDear Dana,\r\n');
    assert.deepEqual([...e.lines].sort(), ['2:timing/late', '7:a/b', '7:c/d']);
    assert.deepEqual([...e.note], ['x/y']);
    assert.deepEqual([...e.info], ['7:e/f']);
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const doc = parseNote(text);
      const found = lint(doc, { now: NOW, onRuleError: (id, e) => { throw new Error(`${id} threw: ${String(e)}`); } });
      const expected = readExpectations(text);
      const at = (d: (typeof found)[number]) => `${doc.lines.lineOf(d.start)}:${d.ruleId}`;
      const show = (d: (typeof found)[number]) => `${at(d)} ${d.severity} [${text.slice(d.start, d.end).slice(0, 40)}]`;
      const serious = found.filter((d) => d.severity === 'error' || d.severity === 'warning');
      for (const d of found) assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end, `range of ${show(d)}`);

      const missing = [...expected.lines].filter((k) => !serious.some((d) => at(d) === k));
      const rest = serious.filter((d) => !expected.lines.has(at(d)));
      const unexpected = rest.filter((d) => !expected.note.has(d.ruleId));
      const noteMissing = [...expected.note].filter((code) => !rest.some((d) => d.ruleId === code));
      const minor = found.filter((d) => d.severity === 'information' || d.severity === 'hint');
      const infoMissing = [...expected.info].filter((k) => !minor.some((d) => at(d) === k));
      assert.deepEqual(
        { missing, noteMissing, infoMissing, unexpected: unexpected.map(show) },
        { missing: [], noteMissing: [], infoMissing: [], unexpected: [] },
        `lines are 0-based; all findings: ${found.map(show).join('; ')}`,
      );
    });
  }
});
