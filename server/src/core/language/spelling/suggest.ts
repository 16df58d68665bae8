// Suggestion ranking for the spelling engine.
//
// nspell's own suggest() lists edit-distance-1 candidates in a fixed order (its first pick on
// classic misspellings is often wrong: "wich" -> "rich", "peice" -> "price") and takes 150–300 ms
// when no single edit is a word ("thankyou"), so it is not used. Candidates come from
//   (a) the dictionary's REP table ("alot" -> "a lot");
//   (b) every single edit of the word (delete, swap, replace, insert, apostrophe);
//   (c) two words run together ("thankyou" -> "thank you");
//   (d) two "cheap" edits — doubled/single letters, vowel changes and insertions/deletions,
//       adjacent swaps, sound-alike spellings (ph/f, ie/ei, -ance/-ence, -able/-ible, c/s …) —
//       searched only when (b) found no close candidate or too few candidates;
//   (e) when nothing is near yet, one arbitrary edit followed by one cheap edit ("enviorment");
//   (f) the note's own words (names) within a small distance. Vocabulary terms count as words.
// Each candidate is scored by a weighted Damerau–Levenshtein distance (vowel substitutions,
// doubled letters, swaps and a letter moved by two places are cheap; letters the writer left out
// cost a little less than extra ones; keyboard neighbours and sound-alikes a bit less than other
// substitutions), minus a prior for common words (./frequency) and for a matching consonant
// skeleton, plus penalties for a different first letter, a proper noun offered for a lower-case
// word, and a split into two words (except well-known run-togethers).
import { COMMON_WORDS } from './frequency';

export interface CandidateSource {
  /** The display form of a known lower-case word ("february" -> "February"), if it may be suggested. */
  known(lower: string): string | undefined;
  /** True for an ordinary lower-case dictionary word (not a proper noun, acronym or vocabulary term). */
  plain(lower: string): boolean;
  /** Replacement pairs of the dictionary's REP table ("alot" -> "a lot"); "_" stands for a space. */
  replacements: readonly (readonly [string, string])[];
}

const VOWELS = 'aeiouy';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const isVowel = (c: string): boolean => c.length === 1 && VOWELS.includes(c);

// ---------------------------------------------------------------------------------------------
// Frequency prior

let ranks: Map<string, number> | undefined;

function rankTable(): Map<string, number> {
  if (!ranks) {
    ranks = new Map();
    for (const w of COMMON_WORDS.split(/\s+/)) {
      const l = w.toLowerCase();
      if (l && !ranks.has(l)) ranks.set(l, ranks.size);
    }
  }
  return ranks;
}

/** Rank of a lower-case word in the hand-written common-word list (0 = most common). */
export function commonRank(lower: string): number | undefined {
  return rankTable().get(lower);
}

/** The common words, lower-case, most common first. */
export function commonWords(): Iterable<string> {
  return rankTable().keys();
}

function prior(lower: string): number {
  const r = commonRank(lower);
  if (r === undefined) return 0;
  if (r < 150) return 0.6;
  if (r < 400) return 0.45;
  return 0.3;
}

// ---------------------------------------------------------------------------------------------
// Weighted distance

const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const keyPos = new Map<string, [number, number]>();
QWERTY.forEach((row, r) => [...row].forEach((c, i) => keyPos.set(c, [r, i + r * 0.5])));

function adjacentKeys(a: string, b: string): boolean {
  const p = keyPos.get(a);
  const q = keyPos.get(b);
  if (!p || !q) return false;
  return Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

const SOUND_ALIKE = new Set(['ck', 'cs', 'sz', 'kq', 'gj', 'fv', 'mn', 'dt', 'bp', 'iy', 'xz', 'cq', 'sx']);
const pairKey = (a: string, b: string): string => (a < b ? a + b : b + a);

function subCost(a: string, b: string): number {
  if (a === b) return 0;
  const k = pairKey(a, b);
  if (k === 'iy') return 0.5;
  if (isVowel(a) && isVowel(b)) return 0.6;
  if (SOUND_ALIKE.has(k)) return 0.75;
  if (adjacentKeys(a, b)) return 0.8;
  return 1;
}

/**
 * Cost of a letter present in `s` at i but absent from the other word. Letters the writer left out
 * (`omitted`: present in the candidate, missing from the typo) cost a little less than extra ones.
 */
function indelCost(s: string, i: number, omitted: boolean): number {
  const c = s[i];
  let cost: number;
  if (c === "'") cost = i === s.length - 2 && s[i + 1] === 's' ? 0.8 : 0.3; // don't vs company's
  else if (c === ' ' || c === '-') cost = 0.5;
  else if (s[i - 1] === c || s[i + 1] === c) cost = isVowel(c) ? 0.45 : 0.35; // doubled letter
  else if (isVowel(c)) cost = isVowel(s[i - 1] ?? '') || isVowel(s[i + 1] ?? '') ? 0.6 : 0.8; // digraphs
  else if (c === 'h') cost = 0.8;
  else cost = 1;
  return omitted ? cost * 0.9 : cost;
}

/** Weighted optimal-string-alignment (restricted Damerau–Levenshtein) distance. */
export function weightedDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (!n) return [...b].reduce((s, _c, j) => s + indelCost(b, j, true), 0);
  if (!m) return [...a].reduce((s, _c, i) => s + indelCost(a, i, false), 0);
  let prev3 = new Float64Array(m + 1);
  let prev2 = new Float64Array(m + 1);
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + indelCost(b, j - 1, true);
  for (let i = 1; i <= n; i++) {
    cur[0] = prev[0] + indelCost(a, i - 1, false);
    for (let j = 1; j <= m; j++) {
      let v = Math.min(
        prev[j] + indelCost(a, i - 1, false),
        cur[j - 1] + indelCost(b, j - 1, true),
        prev[j - 1] + subCost(a[i - 1], b[j - 1]),
      );
      // adjacent transposition (recieve)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) {
        v = Math.min(v, prev2[j - 2] + 0.6);
      }
      // a letter moved past two others (yatch/yacht, tounge/tongue)
      if (i > 2 && j > 2) {
        const [a1, a2, a3] = [a[i - 3], a[i - 2], a[i - 1]];
        const [b1, b2, b3] = [b[j - 3], b[j - 2], b[j - 1]];
        if ((a1 === b3 && a2 === b1 && a3 === b2) || (a1 === b2 && a2 === b3 && a3 === b1)) {
          if (!(a1 === a2 && a2 === a3)) v = Math.min(v, prev3[j - 3] + 0.9);
        }
      }
      cur[j] = v;
    }
    [prev3, prev2, prev, cur] = [prev2, prev, cur, prev3];
  }
  return prev[m];
}

/** Consonant skeleton: a rough sound key ("definately" and "definitely" -> "dfntl"). */
export function skeleton(w: string): string {
  let s = w
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/(?<=.)[aeiouyhw']/g, '');
  s = s.replace(/(.)\1+/g, '$1');
  return s;
}

// ---------------------------------------------------------------------------------------------
// Candidate generation

function edits1(w: string, out: Set<string>): void {
  const n = w.length;
  for (let i = 0; i <= n; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b) out.add(a + b.slice(1)); // delete
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2)); // transpose
    for (const c of LETTERS) {
      if (b) out.add(a + c + b.slice(1)); // replace
      out.add(a + c + b); // insert
    }
    if (i > 0 && i < n) out.add(a + "'" + b);
  }
}

/** Sound-alike spellings, applied at every occurrence (one at a time). */
const REPLACEMENTS: [string, string][] = [
  ['ph', 'f'], ['f', 'ph'], ['ie', 'ei'], ['ei', 'ie'], ['tion', 'sion'], ['sion', 'tion'],
  ['ance', 'ence'], ['ence', 'ance'], ['ant', 'ent'], ['ent', 'ant'], ['able', 'ible'],
  ['ible', 'able'], ['ary', 'ery'], ['ery', 'ary'], ['er', 'or'], ['or', 'er'], ['ar', 'er'],
  ['er', 'ar'], ['s', 'c'], ['c', 's'], ['sc', 's'], ['s', 'sc'], ['k', 'c'], ['c', 'k'],
  ['ch', 'k'], ['k', 'ch'], ['x', 'cks'], ['shun', 'tion'], ['cher', 'ture'], ['ize', 'ise'],
  ['ise', 'ize'], ['ea', 'ee'], ['ee', 'ea'], ['ou', 'o'], ['o', 'ou'], ['au', 'a'], ['ay', 'ey'],
  ['ey', 'ay'], ['ai', 'ia'], ['y', 'ie'], ['ie', 'y'], ['ly', 'ally'], ['ally', 'ly'],
  ['ful', 'full'], ['full', 'ful'], ['j', 'g'], ['g', 'j'], ['s', 'z'], ['z', 's'], ['q', 'qu'],
  ['w', 'wh'], ['wh', 'w'], ['gh', ''], ['ght', 't'], ['mn', 'm'], ['ps', 's'], ['ough', 'ow'],
  ['que', 'k'], ['ure', 'er'], ['eous', 'ious'], ['ious', 'eous'], ['ous', 'us'], ['us', 'ous'],
  ['cle', 'cal'], ['cal', 'cle'], ['el', 'le'], ['le', 'el'], ['ys', 'ies'], ['ies', 'ys'],
  ['ent', 'ant'], ['ense', 'ence'], ['ence', 'ense'], ['ise', 'ice'], ['ice', 'ise'],
];

/** Cheap edits: doubling/undoubling, vowel changes/insertions/deletions, swaps, sound-alikes. */
function cheapEdits(w: string, out: Set<string>, lite = false): void {
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w[i];
    const a = w.slice(0, i);
    const rest = w.slice(i + 1);
    if (c === "'") continue;
    out.add(a + c + c + rest); // double
    if (w[i + 1] === c) out.add(a + rest); // undouble
    if (isVowel(c)) {
      out.add(a + rest); // drop vowel
      for (const v of VOWELS) if (v !== c) out.add(a + v + rest);
    }
    if (i + 1 < n && w[i + 1] !== c) out.add(a + w[i + 1] + c + w.slice(i + 2)); // swap
    if (i + 2 < n && w[i + 2] !== c) out.add(a + w[i + 2] + w[i + 1] + c + w.slice(i + 3)); // swap across a letter ("ecomonic")
  }
  if (!lite) {
    for (let i = 0; i <= n; i++) {
      const a = w.slice(0, i);
      const b = w.slice(i);
      for (const v of VOWELS) out.add(a + v + b); // insert vowel
    }
  }
  out.add(w + 'e');
  replacements(w, out);
}

function replacements(w: string, out: Set<string>): void {
  for (const [from, to] of REPLACEMENTS) {
    let at = w.indexOf(from);
    while (at >= 0) {
      out.add(w.slice(0, at) + to + w.slice(at + from.length));
      at = w.indexOf(from, at + 1);
    }
  }
}

/** Phrases often written as one word; a split into one of these is preferred over other splits. */
const RUN_TOGETHER = new Set([
  'a lot', 'thank you', 'each other', 'at least', 'in fact', 'as well', 'in case', 'every time',
  'no one', 'in spite', 'at all', 'a bit', 'as soon', 'in order', 'any more', 'even though',
  'as though', 'so far', 'all right', 'of course', 'in person', 'next week', 'last week',
]);

/** The longest word given the deep search (its cost grows with the square of the length: ~25 ms at 10 letters). */
const DEEP_MAX = 12;

/** A single-edit candidate at most this far away makes the two-edit search unnecessary. */
const CLOSE = 0.6;

interface Scored {
  word: string;
  score: number;
}

function caseLike(input: string, candidate: string): string {
  if (input.length > 1 && input === input.toUpperCase() && input !== input.toLowerCase()) {
    return candidate.toUpperCase();
  }
  const first = input[0];
  if (first && first !== first.toLowerCase() && input.slice(1) === input.slice(1).toLowerCase()) {
    return candidate[0].toUpperCase() + candidate.slice(1);
  }
  return candidate;
}

/**
 * Ranked suggestions for one word (no separators), best first, in the input's case.
 * `extra` holds lower-case words known from the note (names, company …) with a display form.
 */
export function rankSuggestions(
  word: string,
  src: CandidateSource,
  max: number,
  extra?: ReadonlyMap<string, string>,
): string[] {
  const lower = word.toLowerCase();
  const found = new Map<string, string>(); // lower -> display
  const fromRep = new Set<string>();
  const consider = (c: string): void => {
    if (c === lower || found.has(c)) return;
    const known = src.known(c) ?? extra?.get(c);
    if (known) found.set(c, known);
  };

  // The dictionary's REP table (common misspellings; may produce two words).
  for (const [from, to] of src.replacements) {
    let at = lower.indexOf(from);
    while (at >= 0) {
      const c = lower.slice(0, at) + to.replace(/_/g, ' ') + lower.slice(at + from.length);
      if (c.includes(' ')) {
        const parts = c.split(' ');
        const known = parts.map((p) => src.known(p));
        if (known.every(Boolean)) found.set(c, known.join(' '));
      } else consider(c);
      fromRep.add(c);
      at = lower.indexOf(from, at + 1);
    }
  }
  // Two words run together ("thankyou"): both parts ordinary lower-case words.
  const splits = new Set<string>();
  for (let i = 1; i < lower.length; i++) {
    const a = lower.slice(0, i);
    const b = lower.slice(i);
    if ((a.length > 1 || a === 'a' || a === 'i') && (b.length > 1 || b === 'a') && src.plain(a) && src.plain(b)) {
      found.set(`${a} ${b}`, `${a} ${b}`);
      splits.add(`${a} ${b}`);
    }
  }
  const one = new Set<string>();
  edits1(lower, one);
  for (const c of one) consider(c);
  const cheap = new Set<string>();
  cheapEdits(lower, cheap);
  for (const c of cheap) consider(c);
  const soundAlike = new Set<string>();
  replacements(lower, soundAlike);
  // Two cheap edits, unless single edits already gave a close candidate and enough others
  // (this skips most of the work for ordinary typos).
  let close = false;
  for (const l of found.keys()) if (!l.includes(' ') && weightedDistance(lower, l) <= CLOSE) close = true;
  if (!close || found.size < max) {
    const two = new Set<string>();
    for (const c of cheap) cheapEdits(c, two, true);
    for (const d of two) consider(d);
  }
  // Nothing near yet (a word mangled in two places: "enviorment", "carachter"): one arbitrary edit
  // followed by one cheap one, for words long enough that two slips are likely.
  if (lower.length >= 5 && lower.length <= DEEP_MAX && ![...found.keys()].some((l) => !l.includes(' '))) {
    const deep = new Set<string>();
    for (const c of one) if (!c.includes("'")) cheapEdits(c, deep, true);
    for (const d of deep) consider(d);
  }
  if (extra) {
    for (const [l, display] of extra) {
      if (Math.abs(l.length - lower.length) <= 2 && !found.has(l) && weightedDistance(lower, l) <= 2) found.set(l, display);
    }
  }

  const key = skeleton(lower);
  const scored: Scored[] = [];
  for (const [l, display] of found) {
    if (l.length === 1 && lower.length > 2) continue;
    let score = weightedDistance(lower, l);
    if (soundAlike.has(l) || fromRep.has(l)) score = Math.min(score, 0.7); // one known sound-alike swap
    if (splits.has(l)) {
      score += RUN_TOGETHER.has(l) ? -0.6 : 0.7;
    } else {
      score -= prior(l);
      if (skeleton(l) === key) score -= 0.3;
    }
    if (fromRep.has(l)) score -= l.includes(' ') ? 1 : 0.1;
    if (l[0] !== lower[0] && !(l[1] === lower[0] && l[0] === lower[1])) score += 0.5;
    if (display !== l && display[0] !== l[0] && lower === word) score += 0.2; // proper noun for a lower-case word
    scored.push({ word: display, score });
  }
  scored.sort((x, y) => x.score - y.score || x.word.length - y.word.length || (x.word < y.word ? -1 : 1));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of scored) {
    const cased = caseLike(word, s.word);
    if (seen.has(cased)) continue;
    seen.add(cased);
    out.push(cased);
    if (out.length >= max) break;
  }
  return out;
}
