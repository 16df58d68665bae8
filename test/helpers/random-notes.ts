// Random notes and edits for the property tests (fast-check): realistic fragments of a .thanks note
// plus random unicode (emoji, combining marks, CRLF, BOM, tabs, NUL, lone surrogates), and checks
// shared by the core and protocol property tests.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../server/src/core/document/span';
import type { Diagnostic, Fix } from '../../server/src/core/rules/types';

export const FRAGMENTS = [
  '---\n', '---\r\n', 'interviewer: Priya Raman\n', 'interviewer:\n  - Priya Raman\n  - Kwame Mensah\n', 'role: Product Designer\n', 'company: Lakeside Mobility\n',
  'email: priya@lakeside.example\n', 'interview_date: 2026-11-24 14:00\n', 'interview_date: 2026-13-40\n', 'topics: [onboarding, accessibility]\n', 'subject: Thank you\n',
  'candidate: Morgan Ellis\n', 'role: [1, 2]\n', 'company: {a: b}\n', 'unknwon: x\n', '# thanks-disable tone\n', 'key: "unterminated\n', 'a: &x [1]\nb: *x\n',
  'Dear Priya,\n', 'Hi Priya!\n', 'To whom it may concern,\n', 'Dear Hiring Manager,\n', '\n', '\r\n', '\n\n',
  'Thank you for meeting with me yesterday about the Product Designer role at Lakeside Mobility. ', 'I am very interested in the role. ',
  'I led a similar project and raised sign-ups from half to three quarters. ', 'Thanks so much!!! ', 'I think maybe I could perhaps help. ', 'gonna ', 'wanna ', 'teh ', 'recieve ',
  'the the ', 'a apple ', 'an banana ', '[Company Name] ', '<Interviewer> ', '{{role}} ', '(insert topic) ', '____ ', 'XXX ', 'TODO ', 'TBD ', 'lorem ipsum dolor ',
  'Your Name ', 'at Acme Corp ', 'for the Engineer role ', 'tomorrow ', 'last Tuesday ', 'your organization ', 'Dr. J. R. Smith ', 'e.g. ', '3 p.m. ', 'U.S. ',
  '**bold** ', '_em_ ', '`code` ', '```\ncode block\n```\n', '> quote\n', '- item\n', '1. item\n', '# Heading\n', '[link](https://example.com) ', '![img](x.png) ',
  '<!-- thanks-disable-next-line -->\n', '<!-- thanks-disable-line placeholder/slot -->', '<!-- comment -->', '<script>alert(1)</script>', 'https://example.com/a?b=c ',
  'priya@lakeside.example ', 'Best regards,\n', 'Cheers,\n', 'Sincerely,\n', 'Morgan Ellis\n', 'Morgan\n', '\t', ' ', '  ', '\uFEFF', '\0', '\r',
  '😀', '👍🏽', '👩‍💻', 'e\u0301', 'Hélène ', 'Zoë ', '\ud800', '\udc00', '\u200b', '\u00a0', '—', '“quoted” ', '’', '…', 'ÄÖÜ ', '中文 ', 'עברית ',
];

/** A random note: realistic fragments and random unicode, sometimes with a BOM or CRLF line ends. */
export const noteArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }), { maxLength: 60 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([parts, bom, crlf]) => {
    let t = parts.join('');
    if (crlf) t = t.replace(/\r?\n/g, '\r\n');
    return (bom ? '\uFEFF' : '') + t;
  });

/** A random edit of a text of length n: [start, end) replaced with a fragment. */
export const editArb = fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.constantFrom(...FRAGMENTS, ''), fc.string({ unit: 'binary', maxLength: 4 })));

export function applyRandomEdit(text: string, [a, b, insert]: [number, number, string]): { text: string; start: number; end: number } {
  const n = text.length + 1;
  const s = a % n;
  const e = s + (b % Math.max(1, Math.min(20, n - s)));
  return { text: text.slice(0, s) + insert + text.slice(e), start: s, end: e };
}

export function checkDiagnostics(text: string, diags: Diagnostic[]): void {
  for (const d of diags) {
    assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${d.ruleId} ${d.start}-${d.end} outside 0-${text.length}`);
    for (const fix of allFixes(d)) checkFix(text, fix, d.ruleId);
  }
}

function allFixes(d: Diagnostic): Fix[] {
  return [...(d.fixes ?? []), ...(d.lazyFixes ? d.lazyFixes() : [])];
}

/** A fix's edits are in bounds and disjoint, and applying it leaves every other character alone. */
export function checkFix(text: string, fix: Fix, ruleId: string): void {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${ruleId} "${fix.title}" edit ${e.start}-${e.end} outside the note`);
    if (i > 0) assert.ok(edits[i - 1].end <= e.start, `${ruleId} "${fix.title}" edits overlap`);
  }
  const after = applyEdits(text, fix.edits);
  // Walk the untouched stretches: they must reappear unchanged, in order.
  let inOld = 0;
  let inNew = 0;
  for (const e of edits) {
    assert.equal(after.slice(inNew, inNew + (e.start - inOld)), text.slice(inOld, e.start), `${ruleId} "${fix.title}" changed text outside its range`);
    inNew += e.start - inOld + e.newText.length;
    assert.equal(after.slice(inNew - e.newText.length, inNew), e.newText);
    inOld = e.end;
  }
  assert.equal(after.slice(inNew), text.slice(inOld), `${ruleId} "${fix.title}" changed the text after its range`);
}

