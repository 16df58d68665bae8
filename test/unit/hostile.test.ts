// Hostile inputs through the core (parse + lint): each is answered quickly, with bounded memory,
// well-formed diagnostics and sensible findings. Also: a throwing rule, the caps, and every rule
// alone against strings built to make regular expressions backtrack.
// Times are printed (`THANKS_QUIET_PERF=1` silences them); the assertion bound is 2 s so that a
// loaded CI machine does not flake, while the figures in the report are taken on a quiet one (< 1 s).
import assert from 'node:assert/strict';
import { parseNote } from '../../server/src/core/document/parse';
import { lint, MAX_PER_DOCUMENT, MAX_PER_RULE, type LintOptions } from '../../server/src/core/lint/engine';
import { fixAll } from '../../server/src/core/lint/fixes';
import { rules } from '../../server/src/core/rules';
import type { Diagnostic, Rule } from '../../server/src/core/rules/types';
import { BODY, FM, HOSTILE, PARA } from '../helpers/hostile-notes';
import { cpuNow } from '../helpers/cpu-time';
import { report } from '../helpers/report';

const NOW = new Date(2026, 10, 25, 9, 0);
const BOUND_MS = 2000;
const quiet = process.env.THANKS_QUIET_PERF === '1';

export function assertWellFormed(text: string, diags: Diagnostic[]): void {
  assert.ok(diags.length <= MAX_PER_DOCUMENT + 3, `${diags.length} diagnostics`);
  for (const d of diags) {
    const where = `${d.ruleId} ${d.start}-${d.end}`;
    assert.ok(Number.isInteger(d.start) && Number.isInteger(d.end), where);
    assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `range outside the note: ${where} (length ${text.length})`);
    assert.match(d.ruleId, /^[a-z]+\/[a-z0-9-]+$/, where);
    assert.ok(d.message.length > 0 && d.message.length < 2000, `message length ${d.message.length}: ${where}`);
  }
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

describe('hostile inputs (core)', function () {
  this.timeout(60_000);
  before(() => {
    // Warm up once (the dictionary and regular expressions load lazily), so times are per input.
    lint(parseNote(FM + BODY + 'Teh recieve.'), { now: NOW });
  });

  for (const c of HOSTILE) {
    it(`${c.name}: answered within ${BOUND_MS} ms with well-formed diagnostics`, () => {
      const text = c.make();
      const heap0 = process.memoryUsage().heapUsed;
      const rss0 = process.memoryUsage().rss;
      const t0 = cpuNow();
      const doc = parseNote(text);
      const errors: string[] = [];
      const diags = lint(doc, { now: NOW, onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
      const ms = cpuNow() - t0;
      const heap = process.memoryUsage().heapUsed - heap0;
      const rss = process.memoryUsage().rss - rss0;
      // Growth of the heap during one check can come out negative (a collection ran): report what is in use.
      if (!quiet) report(`${c.name}: ${text.length} chars, ${ms.toFixed(0)} ms, heap in use ${mb(process.memoryUsage().heapUsed)} MB, rss grew ${mb(Math.max(0, rss))} MB, ${diags.length} diagnostics`);
      assert.deepEqual(errors, [], 'no rule may throw');
      assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
      assert.ok(heap < 400 * 1024 * 1024, `heap grew ${mb(heap)} MB`);
      assertWellFormed(text, diags);
      assert.equal(doc.text, text, 'the note text is kept whole');
      assert.equal(doc.body.span.end, text.length, 'the body reaches the end of the note');
      for (const id of c.expect ?? []) assert.ok(diags.some((d) => d.ruleId === id), `expected ${id} among ${[...new Set(diags.map((d) => d.ruleId))].join(', ')}`);
    });
  }

  it('a huge note is checked in its head and says so, at the cut', () => {
    const text = FM + BODY + 'More words here.\n'.repeat(20_000);
    const diags = lint(parseNote(text), { now: NOW });
    const notice = diags.find((d) => d.ruleId === 'structure/not-fully-checked' && d.messageId === 'tooLong');
    assert.ok(notice, 'notice');
    assert.equal(notice.severity, 'information');
    assert.match(notice.message, /only the first \d+ KB were checked/);
    assert.ok(notice.start > 0 && notice.start < text.length && text[notice.start - 1] === '\n', 'the notice sits at a line start');
    // the text after the cut is never edited by fix-all
    const src = text.replace('role at Lakeside', 'role at [Company Name]');
    const cut = parseNote(src).analysedLength!;
    const fixed = fixAll(src, { now: NOW });
    assert.ok(fixed.applied > 0);
    assert.equal(fixed.text.slice(fixed.text.length - (src.length - cut)), src.slice(cut));
  });

  it('fix-all on hostile inputs keeps the text outside its edits and terminates', () => {
    for (const c of HOSTILE.slice(0, 20)) {
      const text = c.make();
      const t0 = cpuNow();
      const r = fixAll(text, { now: NOW });
      assert.ok(cpuNow() - t0 < 10 * BOUND_MS, c.name);
      assert.ok(r.passes <= 10);
    }
  });
});

describe('caps and crash resilience (engine)', () => {
  const meta = (id: string) => ({ id, category: 'tone' as const, defaultSeverity: 'warning' as const, description: 'test', why: 'test', advice: 'test', messages: { m: 'm' }, fixable: false });
  const flood = (id: string, n: number): Rule => ({
    meta: meta(id),
    check({ doc, report }) {
      for (let i = 0; i < n; i++) report({ messageId: 'm', start: i % doc.text.length, end: (i % doc.text.length) + 1 });
    },
  });
  const text = FM + BODY;

  it('caps findings per rule with an information notice', () => {
    const diags = lint(parseNote(text), { now: NOW, rules: [flood('tone/flood', 120)] });
    assert.equal(diags.filter((d) => d.messageId === 'm').length, MAX_PER_RULE);
    const notice = diags.filter((d) => d.messageId === 'capped');
    assert.equal(notice.length, 1);
    assert.equal(notice[0].severity, 'information');
    assert.match(notice[0].message, /70 more findings/);
  });

  it('stops a rule that floods (thousands of findings) early, and still says so', () => {
    let calls = 0;
    const rule: Rule = {
      meta: meta('tone/torrent'),
      check({ report }) {
        for (let i = 0; i < 1_000_000; i++) {
          calls++;
          report({ messageId: 'm', start: 0, end: 1 });
        }
      },
    };
    const errors: string[] = [];
    const diags = lint(parseNote(text), { now: NOW, rules: [rule], onRuleError: (id) => errors.push(id) });
    assert.ok(calls < 1000, `${calls} reports before the rule was stopped`);
    assert.deepEqual(errors, [], 'being stopped is not an error');
    assert.equal(diags.filter((d) => d.messageId === 'm').length, MAX_PER_RULE);
    assert.match(diags.find((d) => d.messageId === 'capped')!.message, /more than \d+ more findings/);
  });

  it('caps findings per document with an information notice', () => {
    const many = Array.from({ length: 10 }, (_, i) => flood(`tone/flood-${i}`, 45));
    const diags = lint(parseNote(text), { now: NOW, rules: many });
    assert.equal(diags.length, MAX_PER_DOCUMENT + 1);
    const notice = diags.find((d) => d.ruleId === 'structure/too-many-findings');
    assert.ok(notice);
    assert.equal(notice.severity, 'information');
    assert.match(notice.message, /150 more findings/);
  });

  it('a rule that throws is reported once through onRuleError and the other rules still report', () => {
    const boom: Rule = {
      meta: meta('tone/boom'),
      check() {
        throw new Error('kaboom');
      },
    };
    const errors: [string, string][] = [];
    const options: LintOptions = { now: NOW, rules: [boom, ...rules], onRuleError: (id, e) => errors.push([id, (e as Error).message]) };
    const broken = FM + 'Dear Priya,\n\nThank you for the [Company Name] interview.\n';
    const diags = lint(parseNote(broken), options);
    assert.deepEqual(errors, [['tone/boom', 'kaboom']]);
    assert.ok(diags.some((d) => d.ruleId === 'placeholder/slot'), 'other rules still report');
    assert.ok(!diags.some((d) => d.ruleId === 'tone/boom'));
    // fix-all survives it too
    assert.ok(!fixAll(broken, options).text.includes('[Company Name]'));
  });

  it('a rule past the time budget is skipped, named in an information notice', () => {
    const slow: Rule = {
      meta: meta('tone/slow'),
      check() {
        const until = cpuNow() + 30;
        while (cpuNow() < until) {
          /* busy */
        }
      },
    };
    const diags = lint(parseNote(text), { now: NOW, budgetMs: 10, rules: [slow, flood('tone/after', 1)] });
    const notice = diags.find((d) => d.messageId === 'timeBudget');
    assert.ok(notice, JSON.stringify(diags));
    assert.match(notice.message, /tone\/after/);
    assert.ok(!diags.some((d) => d.ruleId === 'tone/after' && d.messageId === 'm'));
  });
});

// Every rule alone against text built to make regular expressions backtrack, in the body, in a
// front-matter value and in the greeting and closing lines (where the letter parser looks).
const ADVERSARIAL: [string, string][] = [
  ['spaces', ' '.repeat(20_000) + 'x'],
  ['tabs and spaces', ' \t'.repeat(10_000) + '!'],
  ['letters', 'a'.repeat(20_000) + '!'],
  ['capitals', 'A'.repeat(20_000) + '1'],
  ['words', 'word '.repeat(4000) + '!'],
  ['the the', 'the '.repeat(5000)],
  ['brackets', '['.repeat(20_000)],
  ['closing brackets', ']'.repeat(20_000)],
  ['angles', '<'.repeat(20_000)],
  ['double brackets', '[['.repeat(10_000)],
  ['braces', '{{'.repeat(10_000)],
  ['parens', '('.repeat(20_000)],
  ['underscores', '_'.repeat(20_000) + 'a'],
  ['x run', 'x'.repeat(20_000) + '_'],
  ['question marks', '?'.repeat(20_000) + 'a'],
  ['dots', '.'.repeat(20_000) + 'a'],
  ['a.a.', 'a.'.repeat(10_000)],
  ['commas', ','.repeat(20_000) + 'a'],
  ['hyphens', '-'.repeat(20_000) + 'a'],
  ['a-a-', 'a-'.repeat(10_000) + ' '],
  ["apostrophes", "a'".repeat(10_000) + '!'],
  ['digits', '1'.repeat(20_000) + 'a'],
  ['0-0-', '000-'.repeat(5000)],
  ['at signs', 'a@'.repeat(10_000)],
  ['url-ish', 'http://a'.repeat(2500)],
  ['exclamations', '!'.repeat(20_000) + 'a'],
  ['emoji', '😀'.repeat(10_000) + 'a'],
  ['capital words', 'Your Name '.repeat(2000)],
  ['dear dear', 'Dear '.repeat(4000) + 'x'],
  ['very very', 'very '.repeat(4000) + 'x'],
  ['I I', 'I '.repeat(10_000) + 'x'],
  ['mixed', 'Aa1 ,.!?-_[]<>{}()\'"'.repeat(1000)],
];

/**
 * Rule × input pairs known to be slow, reported to the rule's owner (see the reliability report);
 * printed when slow, never silently. Remove an entry once fixed.
 */
/** Rule and input pairs allowed past the limit (none since placeholder/slot's {{ }} pattern was fixed). */
const KNOWN_SLOW = new Set<string>();

describe('rules against backtracking inputs', function () {
  this.timeout(120_000);
  const PER_RULE_MS = 500;
  for (const [name, s] of ADVERSARIAL) {
    it(`every rule answers "${name}" within ${PER_RULE_MS} ms`, () => {
      const notes = [
        FM + `Dear Priya,\n\n${s}\n\nBest regards,\nMorgan Ellis\n`,
        FM + `${s},\n\n${PARA}\n\n${s}\n`,
        FM.replace('company: Lakeside Mobility', `company: "${s.replace(/["\\]/g, '')}"`).replace('role: Product Designer', `role: "${s.slice(0, 200).replace(/["\\]/g, '')}"`) + BODY,
      ];
      const slow: string[] = [];
      for (const text of notes) {
        const doc = parseNote(text);
        for (const rule of rules) {
          const t0 = cpuNow();
          const errors: string[] = [];
          const diags = lint(doc, { now: NOW, rules: [rule], onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
          const ms = cpuNow() - t0;
          assert.deepEqual(errors, []);
          assertWellFormed(text, diags);
          if (ms > PER_RULE_MS && !KNOWN_SLOW.has(`${rule.meta.id} ${name}`)) slow.push(`${rule.meta.id} ${ms.toFixed(0)} ms`);
          else if (ms > PER_RULE_MS) report(`known slow, reported to the rule's owner: ${rule.meta.id} on "${name}" ${ms.toFixed(0)} ms`);
        }
      }
      assert.deepEqual(slow, []);
    });
  }
});
