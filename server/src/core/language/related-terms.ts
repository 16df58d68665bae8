// "Said in other words": the subjects a phrase is about, as word stems and groups of related terms
// (lexicon/related-terms.json), so that "a gap in my employment history" is found in "the two years I
// stepped away from work". One form of a word covers its inflections through the light stemmer, and
// a longer form of a stem of five letters or more counts too ("relocat" ~ "relocation").
import lexicon from '../lexicon/related-terms.json';
import { fold, stem } from '../document/text';

export interface Concept {
  /** The word as written in the phrase. */
  word: string;
  stem: string;
  /** Groups of related terms the word belongs to. */
  groups: readonly number[];
  /** A broad word ("experience") that counts only when nothing more specific is there. */
  generic: boolean;
}

/** What a stretch of text talks about: its stems and the related-term groups of its words and word pairs. */
export interface Terms {
  stems: Set<string>;
  groups: Set<number>;
}

const FRAME = new Set(lexicon.frame.map((w) => fold(w)));
const GENERIC = new Set(lexicon.generic.map((w) => stem(w)));
const GROUPS_OF = new Map<string, number[]>();
lexicon.groups.forEach((group, id) => {
  for (const term of group) {
    const key = keyOf(words(term));
    const list = GROUPS_OF.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    GROUPS_OF.set(key, list);
  }
});

/** Folded words, hyphenated words also by their parts ("month-end" -> "month-end", "month", "end"). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of fold(text).split(/[^\p{L}\p{N}'&-]+/u)) {
    const t = w.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, '');
    if (!t) continue;
    const parts = t.split('-').filter(Boolean);
    if (parts.length > 1) out.push(...parts);
    else out.push(t);
  }
  return out;
}

function keyOf(ws: readonly string[]): string {
  return ws.map(stem).join(' ');
}

/**
 * What a phrase is about, most telling first: its specific words that are not `context` (words every
 * note of the interview uses anyway: the role, the company); else its specific words; else its broad
 * ones. Words that only frame a doubt (lack, limited, weak) are never subjects.
 */
export function conceptsOf(phrase: string, context: ReadonlySet<string> = new Set()): Concept[] {
  const all = subjectsOf(phrase);
  const specific = all.filter((c) => !c.generic);
  const own = specific.filter((c) => !context.has(c.stem));
  return own.length ? own : specific.length ? specific : all;
}

/** Stems of the words of a text (the role, the company), for `conceptsOf`'s context. */
export function stemsOf(text: string | undefined): Set<string> {
  return new Set(text ? words(text).map(stem) : []);
}

function subjectsOf(phrase: string): Concept[] {
  const ws = words(phrase);
  const out: Concept[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (FRAME.has(w) || w.length < 2) continue;
    const s = stem(w);
    const pair = i + 1 < ws.length ? GROUPS_OF.get(keyOf([w, ws[i + 1]])) : undefined;
    const groups = [...new Set([...(GROUPS_OF.get(s) ?? []), ...(pair ?? [])])];
    // One subject said twice ("employment history" are both the employment group) counts once.
    const id = groups.length ? `g${groups.join(',')}` : s;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ word: w, stem: s, groups, generic: GENERIC.has(s) });
  }
  return out;
}

/** The terms of a stretch of text. */
export function termsOf(text: string): Terms {
  const ws = words(text);
  const stems = new Set<string>();
  const groups = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    const s = stem(ws[i]);
    stems.add(s);
    for (const g of GROUPS_OF.get(s) ?? []) groups.add(g);
    if (i + 1 < ws.length) for (const g of GROUPS_OF.get(keyOf([ws[i], ws[i + 1]])) ?? []) groups.add(g);
  }
  return { stems, groups };
}

const MIN_PREFIX = 5;

/** The text talks about the concept: the same stem, a longer form of it, or a related term. */
export function mentions(terms: Terms, concept: Concept): boolean {
  if (terms.stems.has(concept.stem)) return true;
  if (concept.groups.some((g) => terms.groups.has(g))) return true;
  if (concept.stem.length >= MIN_PREFIX) for (const s of terms.stems) if (s.length >= MIN_PREFIX && (s.startsWith(concept.stem) || concept.stem.startsWith(s))) return true;
  return false;
}
