// Reading-level arithmetic shared by the readability rules: syllables by a spelling heuristic,
// and the Flesch–Kincaid grade over the letter's own sentences (salutation and sign-off are not
// sentences).
import type { Sentence } from '../document/model';
import { boundedMemo } from '../document/text';

/** Words whose syllables the heuristic gets wrong, with their count. */
const SYLLABLE_EXCEPTIONS: Record<string, number> = {
  business: 2, businesses: 3, every: 2, everyone: 3, everything: 3, different: 3, interest: 2, interested: 3,
  interesting: 3, evening: 2, family: 3, area: 3, idea: 3, ideas: 3, create: 2, created: 3, creating: 3, being: 2,
  people: 2, little: 2, science: 2, quiet: 2, really: 2, real: 1, actually: 4, usually: 4, naturally: 4, poem: 2,
  video: 3, radio: 3, stadium: 3, period: 3, serious: 3, various: 3, experience: 4, experienced: 4, variety: 4,
  society: 4, anxiety: 4, piano: 3, cooperate: 4, coordinate: 4, reopen: 3, preexisting: 4, someone: 2, sometimes: 2,
  somewhere: 2, whole: 1, whose: 1, there: 1, where: 1, here: 1, were: 1, the: 1, are: 1, one: 1, once: 1, done: 1,
  come: 1, some: 1, gone: 1, none: 1, give: 1, have: 1, live: 1, move: 1, love: 1, above: 2, recipe: 3, maybe: 2,
  apple: 2, table: 2, able: 2, simple: 2, "people's": 2, aisle: 1, fire: 1, hour: 1, our: 1, flour: 1, ours: 1,
};

/** Syllables of one word by vowel groups, with the usual corrections for silent and split vowels. */
export function syllables(word: string): number {
  // a dozen regular expressions a word: each word counted once
  return syllableCounts(word);
}

const syllableCounts = boundedMemo(countSyllables, 20_000);

function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/[^a-z]/g, '');
  if (!w) return /\d/.test(word) ? Math.min(3, Math.max(1, word.replace(/\D/g, '').length - 1)) : 0;
  if (SYLLABLE_EXCEPTIONS[w] !== undefined) return SYLLABLE_EXCEPTIONS[w];
  // An initialism is read letter by letter (HR, ICU): about one syllable a letter ("W" is three).
  if (/^[A-Z]{2,5}s?$/.test(word)) return [...word.replace(/s$/, '')].reduce((n, c) => n + (c === 'W' ? 3 : 1), 0);
  if (w.length <= 3) return 1;
  let s = w;
  // silent final -e, -es, -ed ("make", "makes", "moved"), but not "wanted", "places", "table"
  s = s.replace(/([^aeiouy])e(ly|ment|ments|ful|ness|less)$/, '$1$2'); // "timely", "movement"
  if (!/(?:[td]ed|(?:[sxzgc]|ch|sh)es|[^aeiouy]le)$/.test(s)) s = s.replace(/(?:[^aeiouy]es|[^aeiouy]ed|[^aeiouy]e)$/, (m) => m[0]);
  s = s.replace(/^y/, '');
  const groups = s.match(/[aeiouy]+/g) ?? [];
  let n = groups.length;
  // split vowel pairs: "ia" (media), "io" (radio… but not -tion/-sion), "eo" (video), "ua" (usual), "uo"
  n += (s.match(/[^t]io|[^gq]ua|eo|[^c]ia(?!n$)|iet|uo|ii/g) ?? []).length;
  return Math.max(1, n);
}

export interface ReadingStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level. */
  grade: number;
}

export function fleschKincaid(words: number, sentences: number, syllableCount: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
}

export function readingStats(sentences: Sentence[]): ReadingStats {
  let words = 0;
  let syl = 0;
  let count = 0;
  for (const s of sentences) {
    if (s.words.length === 0) continue;
    count++;
    words += s.words.length;
    for (const w of s.words) syl += syllables(w.text);
  }
  return { words, sentences: count, syllables: syl, grade: fleschKincaid(words, count, syl) };
}
