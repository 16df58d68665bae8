// The grammar test set (test/fixtures/grammar): sentences with one marked error each, and correct
// sentences. Every fifth line of each file is held out ("test"): rules are written looking at the
// "tune" lines only, and the test lines judge them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNote } from '../../server/src/core/lint/check';
import type { Dialect } from '../../server/src/core/language/dialect';

// the bench bundles this file elsewhere and names the folder
const DIR = process.env.THANKS_GRAMMAR_DIR ?? join(__dirname, '..', 'fixtures', 'grammar');
export type Split = 'tune' | 'test';

export interface ErrorCase {
  type: string;
  text: string;
  error: string;
  correction: string;
  split: Split;
  line: number;
}

export interface CorrectCase {
  text: string;
  section: string;
  split: Split;
  line: number;
}

export function errorCases(): ErrorCase[] {
  return readFileSync(join(DIR, 'errors.jsonl'), 'utf8')
    .split('\n')
    .map((l, i) => ({ l, line: i + 1 }))
    .filter(({ l }) => l.trim())
    .map(({ l, line }) => ({ ...(JSON.parse(l) as Omit<ErrorCase, 'split' | 'line'>), split: line % 5 === 0 ? 'test' : 'tune', line }));
}

export function correctCases(): CorrectCase[] {
  const out: CorrectCase[] = [];
  let section = '';
  let n = 0;
  for (const line of readFileSync(join(DIR, 'correct.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#')) section = line.slice(1).trim();
    else if (line.trim()) {
      n++;
      out.push({ text: line, section, split: n % 5 === 0 ? 'test' : 'tune', line: n });
    }
  }
  return out;
}

/** The proofreading rules whose findings count: a grammar mistake may be caught by any of them. */
export const PROOFREADING = ['proofreading/grammar', 'proofreading/article', 'proofreading/confusion', 'proofreading/repeated-word', 'proofreading/sentence-case', 'proofreading/spelling'];

export interface Found {
  ruleId: string;
  messageId: string;
  start: number;
  end: number;
  message: string;
  fix?: string;
}

/** Proofreading findings of one sentence, linted as the body of a note (no dialect chosen unless given). */
export function findingsOf(text: string, dialect?: Dialect, rules = PROOFREADING): Found[] {
  const { diagnostics } = checkNote(text, { only: rules, settings: dialect ? { dialect } : undefined, now: new Date(2026, 10, 25, 9) });
  return diagnostics.map((d) => ({ ruleId: d.ruleId, messageId: d.messageId, start: d.start, end: d.end, message: d.message, fix: d.fixes?.[0]?.edits[0]?.newText }));
}

export interface Scores {
  /** type -> split -> [caught, total] */
  recall: Map<string, Record<Split, [number, number]>>;
  /** split -> [sentences with a false alarm, sentences]; spelling counted apart (names) */
  falseAlarms: Record<Split, [number, number]>;
  spellingAlarms: Record<Split, [number, number]>;
  misses: { c: ErrorCase; found: Found[] }[];
  alarms: { c: CorrectCase; found: Found[] }[];
}

const overlaps = (f: { start: number; end: number }, s: number, e: number) => f.start < e && s < f.end;

/** The correct sentences written in British English: checked as en-GB (the writer would have chosen it). */
const BRITISH_SECTION = /British/;

/** Scores a checker (sentence, dialect -> findings) on the whole set. */
export function score(check: (text: string, dialect?: Dialect) => Found[]): Scores {
  const recall = new Map<string, Record<Split, [number, number]>>();
  const misses: Scores['misses'] = [];
  for (const c of errorCases()) {
    const s = c.text.indexOf(c.error);
    const found = check(c.text);
    const hit = found.some((f) => overlaps(f, s, s + c.error.length) || (f.start === f.end && f.start >= s && f.start <= s + c.error.length));
    const r = recall.get(c.type) ?? { tune: [0, 0], test: [0, 0] };
    r[c.split][1]++;
    if (hit) r[c.split][0]++;
    else misses.push({ c, found });
    recall.set(c.type, r);
  }
  const falseAlarms: Scores['falseAlarms'] = { tune: [0, 0], test: [0, 0] };
  const spellingAlarms: Scores['spellingAlarms'] = { tune: [0, 0], test: [0, 0] };
  const alarms: Scores['alarms'] = [];
  for (const c of correctCases()) {
    const found = check(c.text, BRITISH_SECTION.test(c.section) ? 'en-GB' : undefined);
    const grammar = found.filter((f) => f.ruleId !== 'proofreading/spelling');
    falseAlarms[c.split][1]++;
    spellingAlarms[c.split][1]++;
    if (grammar.length) {
      falseAlarms[c.split][0]++;
      alarms.push({ c, found: grammar });
    }
    if (found.length > grammar.length) spellingAlarms[c.split][0]++;
  }
  return { recall, falseAlarms, spellingAlarms, misses, alarms };
}

export function totals(s: Scores, split: Split): [number, number] {
  let caught = 0;
  let all = 0;
  for (const r of s.recall.values()) {
    caught += r[split][0];
    all += r[split][1];
  }
  return [caught, all];
}
