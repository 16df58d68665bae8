// Small text helpers shared by rules: name handling, normalisation, edit distance, phrase search.
import type { Span } from '../rules/types';

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, accents removed, curly quotes straightened, runs of white space folded. */
export function fold(s: string): string {
  // Fast path (same result): plain ASCII has no accents or curly quotes to normalise. Rules fold
  // every word of the body, so this keeps a 10,000-word note from spending its time in normalize().
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(/\s+/g, ' ').trim();
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'long' });

/**
 * "Tuesday": the same as `d.toLocaleDateString('en-US', { weekday: 'long' })`, with one formatter
 * made once (toLocaleDateString builds a new Intl formatter per call, ~0.2 ms, on every keystroke).
 */
export function weekdayName(d: Date): string {
  return WEEKDAY.format(d);
}

/** Titles and ranks that may precede a name in front matter or a greeting. */
const TITLES = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'madam', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'sister', 'brother', 'pastor', 'rabbi', 'imam', 'chef', 'coach', 'officer', 'captain', 'capt', 'lieutenant',
  'lt', 'sergeant', 'sgt', 'major', 'colonel', 'col', 'general', 'gen', 'commander', 'cmdr', 'chief', 'detective',
  'judge', 'justice', 'hon', 'honorable', 'dean', 'principal', 'superintendent', 'nurse', 'doctor', 'engineer', 'admiral',
]);

export function isTitle(word: string): boolean {
  return TITLES.has(fold(word).replace(/\.$/, ''));
}

export interface PersonName {
  full: string;
  title?: string;
  /** Name tokens without the title, in order. */
  tokens: string[];
  first?: string;
  last?: string;
}

export function personName(full: string): PersonName {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  let title: string | undefined;
  while (parts.length > 1 && isTitle(parts[0])) title = (title ? title + ' ' : '') + parts.shift();
  // Suffixes like "Jr." or "PhD" are not the surname.
  while (parts.length > 1 && /^(jr|sr|ii|iii|iv|phd|md|rn|esq|cpa|pe)\.?,?$/i.test(parts[parts.length - 1])) parts.pop();
  const tokens = parts.map((p) => p.replace(/,$/, ''));
  return { full, title, tokens, first: tokens[0], last: tokens.length > 1 ? tokens[tokens.length - 1] : undefined };
}

/** Folded name tokens, including the parts of hyphenated names ("Mei-Ling" -> mei-ling, mei, ling). */
export function nameKeys(name: PersonName): Set<string> {
  const keys = new Set<string>();
  for (const t of name.tokens) {
    const f = fold(t).replace(/['.]/g, '');
    if (!f) continue;
    keys.add(f);
    for (const p of f.split('-')) if (p.length > 1) keys.add(p);
  }
  return keys;
}

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** Light stemmer for matching topics and roles: "consolidating" ~ "consolidate". */
export function stem(word: string): string {
  let w = fold(word).replace(/'s$/, '');
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 's', 'e', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive matcher for a phrase of words: any run of white space (line breaks too) between
 * words, straight or curly apostrophes, and word boundaries at both ends.
 */
export function phraseRegExp(phrase: string, flags = 'giu'): RegExp {
  const words = phrase.trim().split(/\s+/).map((w) => escapeRegExp(w).replace(/'/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, flags);
}

/** All spans where `re` (global) matches inside `text` between `from` and `to`. */
export function matchAll(re: RegExp, text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

export function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Matches the case of `model` ("Gonna" -> "Going to", "GONNA" -> "GOING TO"). */
export function matchCase(model: string, replacement: string): string {
  if (model.length > 1 && model === model.toUpperCase() && /\p{L}/u.test(model)) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return capitalise(replacement);
  return replacement;
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B and C" */
export function listJoin(items: string[], conj = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conj} ${items[items.length - 1]}`;
}
