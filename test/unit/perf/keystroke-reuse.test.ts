// After an edit the server gives checkNote the note's previous parse (RuleContext.previous): the
// grammar rule takes over the findings of the sentences the edit left as they were, and the parse takes
// over a front matter the edit did not touch. Everything must be exactly what a fresh check finds.
import assert from 'node:assert/strict';
import { checkNote, type CheckOptions } from '../../../server/src/core/lint/check';
import { getGrammarChecker } from '../../../server/src/core/language/grammar';
import type { ThanksDocument } from '../../../server/src/core/document/model';
import { parseNote } from '../../../server/src/core/document/parse';

const NOTE = `---
interviewer: Ana Lima
company: Brightwater Labs
role: QA Analyst
interview_date: 2026-11-24 10:00
---
Dear Ana,

Thank you for the interview yesterday. She have a clear vision for the test lab, and I can helps your team with the [release checklist](https://example.com/a).

I am interested on the role. I will follow-up next week if I do not hear back.

Best regards,
Jo
`;
const now = new Date(2026, 10, 25, 9);

function countChecks<T>(run: () => T): { result: T; checks: number } {
  const checker = getGrammarChecker();
  const original = checker.check;
  let checks = 0;
  checker.check = function (...args: Parameters<typeof original>) {
    checks++;
    return original.apply(this, args);
  };
  try {
    return { result: run(), checks };
  } finally {
    checker.check = original;
  }
}

describe('grammar findings taken over after an edit', () => {
  const edits: [string, (t: string) => string, CheckOptions['settings']?][] = [
    ['a word typed in one sentence', (t) => t.replace('I am interested on', 'I am very interested on')],
    ['a sentence made right', (t) => t.replace('She have', 'She has')],
    ['text added before every sentence (all offsets move)', (t) => t.replace('Dear Ana,', 'Dear Ana,\n\nHello again.')],
    ["a link's address changed (same prose, other text)", (t) => t.replace('https://example.com/a', 'https://example.com/bb')],
    ['a sentence split in two', (t) => t.replace('yesterday. She', 'yesterday; she')],
    ['the same text, another dialect', (t) => t, { dialect: 'en-GB' }],
  ];
  for (const [what, edit, settings] of edits) {
    it(`${what}: the same findings as a fresh check`, () => {
      const first = checkNote(NOTE, { now });
      const text = edit(NOTE);
      const fresh = checkNote(text, { now, settings });
      const again = checkNote(text, { now, settings, previous: first.doc });
      assert.deepEqual(strip(again.diagnostics), strip(fresh.diagnostics));
      assert.ok(fresh.diagnostics.some((d) => d.ruleId === 'proofreading/grammar'));
    });
  }

  it('checks only the sentences the edit changed', () => {
    const first = checkNote(NOTE, { now });
    const sentences = (doc: ThanksDocument) => doc.body.sentences.length;
    const fresh = countChecks(() => checkNote(NOTE.replace('I am interested on', 'I am so interested on'), { now }));
    const again = countChecks(() => checkNote(NOTE.replace('I am interested on', 'I am so interested on'), { now, previous: first.doc }));
    assert.ok(fresh.checks >= sentences(first.doc) - 2, `${fresh.checks} checks without the previous parse`);
    // the edited sentence, and its finding's fix checked once on the fixed sentence (language/grammar/verify)
    assert.equal(again.checks, 2);
  });
});

/** Findings without their lazily computed fixes (functions). */
function strip(ds: readonly object[]): unknown[] {
  return ds.map((d) => JSON.parse(JSON.stringify(d)));
}

describe('the front matter taken over after an edit in the body', () => {
  const fresh = (text: string) => parseNote(text).frontMatter;
  it('is the previous parse\'s after a keystroke in the body, and equal to a fresh parse', () => {
    const first = parseNote(NOTE);
    const text = NOTE.replace('I am interested on', 'I am so interested on');
    const again = parseNote(text, first);
    assert.equal(again.frontMatter, first.frontMatter);
    assert.deepEqual(again.frontMatter, fresh(text));
    assert.deepEqual(strip(checkNote(text, { now, previous: first }).diagnostics), strip(checkNote(text, { now }).diagnostics));
  });
  for (const [what, edit] of [
    ['a value changed', (t: string) => t.replace('role: QA Analyst', 'role: QA Lead')],
    ['the closing fence taken away', (t: string) => t.replace('10:00\n---\n', '10:00\n\n')],
    ['the closing fence as the last line, then more typed on it', (t: string) => t.slice(0, t.indexOf('---\nDear') + 3)],
  ] as const) {
    it(`is read again when ${what}`, () => {
      const first = parseNote(NOTE);
      const text = edit(NOTE);
      const again = parseNote(text, first);
      assert.notEqual(again.frontMatter, first.frontMatter);
      assert.deepEqual(again.frontMatter, fresh(text));
      const grown = parseNote(text + 'x', again);
      assert.deepEqual(grown.frontMatter, fresh(text + 'x'));
    });
  }
});
