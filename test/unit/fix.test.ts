// applyEdits, safe-fix selection, fix-all (bounded and idempotent) and minimalEdit.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, safeFixesOf } from '../../server/src/core/lint/fixes';
import { applyEdits, minimalEdit } from '../../server/src/core/document/span';
import { parseNote } from '../../server/src/core/document/parse';
import { lint } from '../../server/src/core/lint/engine';
import type { Diagnostic } from '../../server/src/core/rules/types';
import { GOOD_NOTE, NOW } from '../helpers/rule-tester';
import { note } from '../helpers/note';

describe('fix: applyEdits', () => {
  it('applies edits given in any order, with offsets into the original text', () => {
    const text = 'Dear [Name], thanks for [Day].';
    const edits = [
      { start: 24, end: 29, newText: 'Tuesday' },
      { start: 5, end: 11, newText: 'Dana' },
    ];
    assert.equal(applyEdits(text, edits), 'Dear Dana, thanks for Tuesday.');
    assert.equal(applyEdits(text, [...edits].reverse()), 'Dear Dana, thanks for Tuesday.');
  });

  it('inserts, deletes and handles adjacent edits', () => {
    assert.equal(applyEdits('ac', [{ start: 1, end: 1, newText: 'b' }]), 'abc');
    assert.equal(applyEdits('abc', [{ start: 1, end: 2, newText: '' }]), 'ac');
    assert.equal(applyEdits('abcd', [{ start: 0, end: 2, newText: 'X' }, { start: 2, end: 4, newText: 'Y' }]), 'XY');
    assert.equal(applyEdits('same', []), 'same');
  });
});

describe('fix: safeFixesOf', () => {
  const diag = (start: number, end: number, safe: boolean, newText = 'x'): Diagnostic => ({
    ruleId: 'a/b', messageId: 'm', message: '', severity: 'error', category: 'placeholder', start, end,
    fixes: [{ title: 't', edits: [{ start, end, newText }], safe }],
  });
  it('takes only safe fixes and drops one that overlaps an earlier one', () => {
    const fixes = safeFixesOf([diag(0, 5, true), diag(3, 8, true), diag(10, 12, false), diag(20, 22, true)]);
    assert.deepEqual(fixes.map((f) => f.edits[0].start), [0, 20]);
  });
  it('keeps one of two insertions at the same point', () => {
    assert.equal(safeFixesOf([diag(4, 4, true, 'a'), diag(4, 4, true, 'b')]).length, 1);
  });
});

describe('fix: fixAll', () => {
  const options = { now: NOW };
  const notes: Record<string, string> = {
    'a clean note': GOOD_NOTE,
    'a casual sign-off, a fake reply subject, a misspelt key and a misspelt name': note(
      { subject: '"Re: Thank you for the Senior Data Engineer interview"', email: 'dana.whitfield@@northwind.example' },
      GOOD_NOTE.slice(GOOD_NOTE.indexOf('---\n', 4) + 4).replace('Dear Dana,', 'Dear Dnaa,').replace('Best regards,', 'Cheers,'),
    ).replace('company:', 'compnay:'),
    'no greeting and no closing': note({}, 'Thank you for meeting with me on Tuesday about the Senior Data Engineer role at Northwind Health.\n\nI remain very interested in the role.\n'),
    'CRLF with a missing signature': note({}, GOOD_NOTE.slice(GOOD_NOTE.indexOf('---\n', 4) + 4).replace('Alex Rivera\n', '')).replace(/\n/g, '\r\n'),
  };
  for (const fixture of ['template-leftovers.thanks', 'bom-sous-chef.thanks', 'crlf-teacher.thanks']) {
    notes[`fixture ${fixture}`] = readFileSync(join(__dirname, '../fixtures/notes', fixture), 'utf8');
  }

  for (const [name, text] of Object.entries(notes)) {
    it(`is idempotent: ${name}`, () => {
      const once = fixAll(text, options);
      const twice = fixAll(once.text, options);
      assert.equal(twice.text, once.text);
      assert.equal(twice.applied, 0);
      assert.ok(once.passes <= 10);
    });
  }

  it('leaves a clean note alone', () => {
    const r = fixAll(GOOD_NOTE, options);
    assert.deepEqual({ text: r.text, applied: r.applied }, { text: GOOD_NOTE, applied: 0 });
  });

  it('applies the safe fixes and removes their findings', () => {
    const text = notes['a casual sign-off, a fake reply subject, a misspelt key and a misspelt name'];
    const r = fixAll(text, options);
    assert.ok(r.applied >= 5, `applied ${r.applied}`);
    assert.match(r.text, /\ncompany: Northwind Health\n/);
    assert.match(r.text, /\nemail: dana\.whitfield@northwind\.example\n/);
    assert.match(r.text, /\nsubject: "Thank you for the Senior Data Engineer interview"\n/);
    assert.match(r.text, /\nDear Dana,\n/);
    assert.match(r.text, /\nBest regards,\nAlex Rivera\n$/);
    const left = lint(parseNote(r.text), options).filter((d) => d.fixes?.some((f) => f.safe));
    assert.deepEqual(left.map((d) => d.ruleId), []);
  });

  it('keeps CRLF line endings when it inserts lines', () => {
    const r = fixAll(notes['CRLF with a missing signature'], options);
    assert.ok(r.text.endsWith('Best regards,\r\nAlex Rivera\r\n'), JSON.stringify(r.text.slice(-40)));
    assert.ok(!/[^\r]\n/.test(r.text), 'no bare LF');
  });

  it('leaves unsafe fixes to the writer', () => {
    // an unknown slot and a greeting to the wrong person have only unsafe fixes
    const text = note({}, GOOD_NOTE.slice(GOOD_NOTE.indexOf('---\n', 4) + 4).replace('Dear Dana,', 'Dear Brian,'));
    assert.equal(fixAll(text, options).text, text);
  });
});

describe('fix: minimalEdit', () => {
  it('returns undefined for equal texts', () => assert.equal(minimalEdit('same', 'same'), undefined));
  it('keeps the common prefix and suffix', () => {
    assert.deepEqual(minimalEdit('Dear Dnaa,', 'Dear Dana,'), { start: 6, end: 8, newText: 'an' });
    assert.deepEqual(minimalEdit('abc', 'abXc'), { start: 2, end: 2, newText: 'X' });
    assert.deepEqual(minimalEdit('abXc', 'abc'), { start: 2, end: 3, newText: '' });
    assert.deepEqual(minimalEdit('aaa', 'aaaa'), { start: 3, end: 3, newText: 'a' });
    assert.deepEqual(minimalEdit('', 'x'), { start: 0, end: 0, newText: 'x' });
  });
  it('always turns before into after (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const e = minimalEdit(before, after);
        const result = e ? applyEdits(before, [e]) : before;
        return result === after && (!e || (e.start <= e.end && e.end <= before.length));
      }),
      { numRuns: 500 },
    );
  });
});
