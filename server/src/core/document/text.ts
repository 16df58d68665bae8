// Text helpers shared by the parser and the rules: folding for comparison, edit distance, a light
// stemmer, casing and English lists. Names are in ./names, dates in ./frontmatter/dates.

const NON_ASCII = /[^\x00-\x7f]/;
const SPACE = /\s/;
/** Global, used with replace() only (which starts from 0): shared safely, made once. */
const SPACES = /\s+/g;

/** Lower-case, accents removed, curly quotes straightened, runs of white space folded. */
export function fold(s: string): string {
  // Fast path (same result): plain ASCII has no accents or curly quotes to normalise. Rules fold
  // every word of the body, so this keeps a 10,000-word note from spending its time in normalize().
  if (!NON_ASCII.test(s)) return SPACE.test(s) ? s.toLowerCase().replace(SPACES, ' ').trim() : s.toLowerCase();
  // Words with accents or curly quotes recur (a name in every note of a folder): folded once each.
  return foldedNonAscii(s);
}

/** Longer strings (a paragraph) are folded and stemmed each time: they seldom recur, and would hold memory. */
const MEMO_KEY_LENGTH = 64;

const foldedNonAscii = boundedMemo(
  (s) =>
    // A sentence whose only non-ASCII characters are dashes, quotes and the like (most of them) is
    // its own NFD and holds no marks: normalize() and the mark removal would change nothing.
    (nfdStable(s) ? s : s.normalize('NFD').replace(MARKS, ''))
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .toLowerCase()
      .replace(SPACES, ' ')
      .trim(),
  10_000,
  MEMO_KEY_LENGTH,
);

const MARKS = /\p{M}+/gu;
const SINGLE_QUOTES = /[’‘]/g;
const DOUBLE_QUOTES = /[“”]/g;
/** Per UTF-16 code unit: 0 not known yet, 1 its own NFD and no mark, 2 otherwise (or a surrogate). */
const NFD_STABLE = new Uint8Array(0x10000);
const MARK = /\p{M}/u;

/** Whether every character of `s` is its own canonical decomposition and none is a combining mark. */
function nfdStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    let v = NFD_STABLE[c];
    if (v === 0) {
      const ch = String.fromCharCode(c);
      NFD_STABLE[c] = v = (c < 0xd800 || c > 0xdfff) && ch.normalize('NFD') === ch && !MARK.test(ch) ? 1 : 2;
    }
    if (v === 2) return false;
  }
  return true;
}

/**
 * `compute` remembered by key, for per-word work that recurs from note to note (folding, stemming,
 * syllables): at most `limit` keys (the memo starts over when full), none longer than `maxKeyLength`.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number, maxKeyLength = Infinity): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) {
      v = compute(key);
      if (key.length <= maxKeyLength) {
        if (memo.size >= limit) memo.clear();
        memo.set(key, v);
      }
    }
    return v;
  };
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

const STEM_SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 's', 'e', 'ly'];

/** Light stemmer for matching topics and roles: "consolidating" ~ "consolidate". */
export function stem(word: string): string {
  // every rule that matches topics stems the note's words: each word is stemmed once
  return stems(word);
}

const stems = boundedMemo(stemOf, 20_000, MEMO_KEY_LENGTH);

function stemOf(word: string): string {
  let w = fold(word);
  if (w.endsWith("'s")) w = w.slice(0, -2);
  for (const suffix of STEM_SUFFIXES) {
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

/** A possessive ending, 's or ’s (not global: shared by every caller). */
export const POSSESSIVE_ENDING = /['’]s$/;

/** The word without a possessive ending ("Whitfield's" -> "Whitfield"). */
export function withoutPossessive(word: string): string {
  return word.replace(POSSESSIVE_ENDING, '');
}

const STARTS_UPPER = /^\p{Lu}/u;

/** Whether the text starts with a capital letter (one RegExp for every caller: a literal makes a new one each time). */
export function startsUpper(s: string): boolean {
  return STARTS_UPPER.test(s);
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

/** Words as a reader counts them ("e-mail" and "it's" are one word, "15" is one). */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? []).length;
}
