// Words as the speller sees them: normalisation (curly apostrophes, possessives), the note's own
// words, and word lists (the workplace vocabulary and the user's words) with inflections.

const PLAIN = /^[A-Za-z]+$/;
const HAS_LETTER = /\p{L}/u;
export const COMPOSITE = /[-/.+&_]/;

// ---------------------------------------------------------------------------------------------
// Normalisation

/** The token as the engine sees it: NFC, curly apostrophes straightened, surrounding punctuation trimmed. */
export function normalizeWord(word: string): string {
  if (PLAIN.test(word)) return word;
  let w = word
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC\u2032\uFF07]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
  w = w.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}']+$/u, '');
  // a trailing apostrophe is kept only as a plural possessive (teams'); a closing quote otherwise
  if (w.endsWith("'") && !/s'$/i.test(w)) w = w.replace(/'+$/, '');
  return w;
}

export function stripPossessive(w: string): string | undefined {
  // read in place: this runs for every word the speller is asked about
  const n = w.length;
  if (n < 2) return undefined;
  const last = w.charCodeAt(n - 1);
  const before = w.charCodeAt(n - 2);
  if ((last === 115 || last === 83) && before === 39 && n > 2) return w.slice(0, -2); // 's
  if (last === 39 && (before === 115 || before === 83)) return w.slice(0, -1); // s'
  return undefined;
}

/** Lower-cased words of front-matter values (names, company, role, topics), for `extraWords`. */
export function noteWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split(/[\s,;:()[\]{}"“”]+/)) {
      const w = normalizeWord(raw).toLowerCase();
      if (!w || !HAS_LETTER.test(w)) continue;
      out.add(stripPossessive(w) ?? w);
      if (COMPOSITE.test(w)) for (const p of w.split(/[-/.+&_]+/)) if (p) out.add(stripPossessive(p) ?? p);
    }
  }
  return out;
}

export function inWordSet(w: string, set: ReadonlySet<string>): boolean {
  if (!set.size) return false;
  const l = w.toLowerCase();
  if (set.has(l)) return true;
  const base = stripPossessive(l);
  if (base !== undefined && set.has(base)) return true;
  if (l.includes("'")) {
    const curly = l.replace(/'/g, '\u2019');
    if (set.has(curly) || set.has(stripPossessive(curly) ?? '\0')) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (and user words): lower-case sets with inflection handling

// Made once (the vocabulary is read line by line at start, and has() runs per word): a regular
// expression literal inside a function makes a new RegExp object each time it is evaluated.
const FINAL_PERIOD = /\.$/;
const PART_BREAK = /[\s\-/&+]/;
const PART_BREAKS = /[\s\-/&+]+/;
const FINAL_S = /s$/;
const TWO_LETTERS = /\p{L}.*\p{L}/u;
const INFLECTIONS = ['ed', 'ing', 'er', 'ers'];

export class WordList {
  readonly words = new Map<string, string>(); // lower -> display form
  /** Lower-case keys of ALL-CAPS terms (ADN, NEC): they match only ALL-CAPS tokens, so "adn" stays a typo. */
  private readonly capsOnly = new Set<string>();

  add(term: string): void {
    const t = normalizeWord(term).replace(FINAL_PERIOD, '');
    if (!t) return;
    this.put(t);
    if (PART_BREAK.test(t)) for (const p of t.split(PART_BREAKS)) if (p) this.put(p);
  }

  private put(t: string): void {
    const l = t.toLowerCase();
    if (this.words.has(l)) {
      if (!isAllCaps(t)) this.capsOnly.delete(l);
      return;
    }
    this.words.set(l, t);
    if (isAllCaps(t)) this.capsOnly.add(l);
  }

  /** The token, or an inflected form of it (plural, -ed, -ing, -er), is listed. */
  has(token: string): boolean {
    if (!this.words.size) return false;
    const lower = token.toLowerCase();
    const caps = isAllCaps(token.replace(FINAL_S, ''));
    const ok = (key: string): boolean => this.words.has(key) && (caps || !this.capsOnly.has(key));
    if (ok(lower)) return true;
    const n = lower.length;
    if (n < 3) return false;
    const cut = (k: number): string => lower.slice(0, n - k);
    if (lower.endsWith('s') && ok(cut(1))) return true;
    if (lower.endsWith('es') && ok(cut(2))) return true;
    if (lower.endsWith('ies') && ok(cut(3) + 'y')) return true;
    for (const suf of INFLECTIONS) {
      if (!lower.endsWith(suf) || n - suf.length < 3) continue;
      const stem = cut(suf.length);
      if (ok(stem) || ok(stem + 'e')) return true;
      if (stem[stem.length - 1] === stem[stem.length - 2] && ok(stem.slice(0, -1))) return true;
    }
    return false;
  }
}

/** Two or more letters, none lower-case (KPI, SD-WAN, NCLEX-RN). */
function isAllCaps(t: string): boolean {
  return t === t.toUpperCase() && TWO_LETTERS.test(t) && t !== t.toLowerCase();
}

export function parseVocabulary(text: string): WordList {
  const list = new WordList();
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && !t.startsWith('#')) list.add(t);
  }
  return list;
}
