// After an edit the grammar rule takes over the findings of the sentences it has seen (in this note or
// another: rules/proofreading/grammar, language/grammar/memo), and, given the note's previous parse
// (RuleContext.previous), the parse takes over a front matter the edit did not touch. Everything must
// be exactly what a fresh check finds.
import assert from 'node:assert/strict';
import { checkNote, type CheckOptions } from '../../../server/src/core/lint/check';
import { getGrammarChecker } from '../../../server/src/core/language/grammar';
import { SentenceMemo, sentenceKey } from '../../../server/src/core/language/grammar/memo';
import { forgetGrammarFindings } from '../../../server/src/core/rules/proofreading/grammar';
import { parseNote } from '../../../server/src/core/document/parse';
import { dropCaches } from '../../../server/src/core/document/caches';

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
      forgetGrammarFindings();
      const text = edit(NOTE);
      const fresh = checkNote(text, { now, settings });
      forgetGrammarFindings();
      const first = checkNote(NOTE, { now });
      const again = checkNote(text, { now, settings, previous: first.doc });
      assert.deepEqual(strip(again.diagnostics), strip(fresh.diagnostics));
      assert.ok(fresh.diagnostics.some((d) => d.ruleId === 'proofreading/grammar'));
    });
  }

  it('checks only the sentences the edit changed', () => {
    const edited = NOTE.replace('I am interested on', 'I am so interested on');
    forgetGrammarFindings();
    const fresh = countChecks(() => checkNote(edited, { now }));
    forgetGrammarFindings();
    const first = checkNote(NOTE, { now });
    const again = countChecks(() => checkNote(edited, { now, previous: first.doc }));
    assert.ok(fresh.checks >= first.doc.body.sentences.length - 2, `${fresh.checks} checks of a note not seen before`);
    // the edited sentence, and its finding's fix checked once on the fixed sentence (language/grammar/verify)
    assert.equal(again.checks, 2);
    assert.deepEqual(strip(again.result.diagnostics), strip(fresh.result.diagnostics));
  });

  it('checks in a second note only the sentences the first did not have, and puts the findings where they are in it', () => {
    // another interviewer and company, a paragraph more at the top: every offset moves
    const second = NOTE.replace('Ana Lima', 'Kofi Mensah').replace('Brightwater Labs', 'Copperleaf Bank').replace('Dear Ana,', 'Dear Kofi,\n\nIt was good to meet you on Tuesday.');
    forgetGrammarFindings();
    const fresh = countChecks(() => checkNote(second, { now }));
    forgetGrammarFindings();
    checkNote(NOTE, { now });
    const after = countChecks(() => checkNote(second, { now }));
    // the new sentence only (the greeting and the closing are not sentences of prose)
    assert.equal(after.checks, 1);
    assert.ok(fresh.checks > after.checks + 3);
    assert.deepEqual(strip(after.result.diagnostics), strip(fresh.result.diagnostics));
    assert.ok(after.result.diagnostics.filter((d) => d.ruleId === 'proofreading/grammar').length >= 3);
  });

  it('checks a sentence again in another dialect', () => {
    forgetGrammarFindings();
    checkNote(NOTE, { now });
    const british = countChecks(() => checkNote(NOTE, { now, settings: { dialect: 'en-GB' } as CheckOptions['settings'] }));
    assert.ok(british.checks >= 4, `${british.checks} checks`);
  });
});

describe('SentenceMemo (language/grammar/memo)', () => {
  it('forgets the least recently used entries beyond what it keeps, and never those of the note just checked', () => {
    const memo = new SentenceMemo<number>(3);
    for (const [k, v] of [['a', 1], ['b', 2], ['c', 3], ['d', 4]] as const) memo.set(k, v);
    assert.equal(memo.get('a'), 1, 'a is now the most recently used');
    memo.trim();
    assert.equal(memo.size, 3);
    assert.equal(memo.get('b'), undefined, 'b was the least recently used');
    assert.deepEqual(['c', 'd', 'a'].map((k) => memo.get(k)), [3, 4, 1]);
    for (const k of ['e', 'f', 'g', 'h']) memo.set(k, 0);
    memo.trim(5);
    assert.equal(memo.size, 5);
    assert.deepEqual(['d', 'a', 'e', 'f', 'g', 'h'].map((k) => memo.get(k) !== undefined), [false, true, true, true, true, true]);
    memo.clear();
    assert.equal(memo.size, 0);
  });

  it('keys a sentence by its prose, its words as written and the dialect', () => {
    const keys = [
      sentenceKey(undefined, 'I has a plan.', 'I has a plan.'),
      sentenceKey('en-GB', 'I has a plan.', 'I has a plan.'),
      sentenceKey(undefined, 'I has a plan.', 'I has a *plan*.'),
      sentenceKey(undefined, 'I has a plan.', 'I has a [plan](https://example.com).'),
      sentenceKey(undefined, 'I have a plan.', 'I have a plan.'),
    ];
    assert.equal(new Set(keys).size, keys.length);
  });
});

/** Findings without their lazily computed fixes (functions). */
function strip(ds: readonly object[]): unknown[] {
  return ds.map((d) => JSON.parse(JSON.stringify(d)));
}

describe('the same text checked again', () => {
  it('is the previous parse, and after the server dropped what the rules derived from it the findings are a fresh check\'s', () => {
    forgetGrammarFindings();
    const fresh = checkNote(NOTE, { now });
    const first = checkNote(NOTE, { now });
    dropCaches(first.doc);
    const again = checkNote(NOTE, { now, previous: first.doc, settings: { words: ['zyntrix'] } as CheckOptions['settings'] });
    assert.equal(again.doc, first.doc);
    assert.deepEqual(strip(again.diagnostics), strip(fresh.diagnostics));
    // one character more is a new parse
    const grown = checkNote(NOTE + ' ', { now, previous: again.doc });
    assert.notEqual(grown.doc, first.doc);
    assert.equal(grown.doc.text, NOTE + ' ');
  });
});

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
