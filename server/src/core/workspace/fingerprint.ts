// A note's fingerprint for comparing notes to one panel: each sentence of the letter as hashed word
// shingles (three word stems in a row). The greeting, sign-off and signature are not part of the
// letter's paragraphs, and the interviewer's own names are replaced by one token, so a personalised
// greeting or "Thank you, Kofi" alone does not make two notes different. Computed once per parse.
import type { ThanksDocument } from '../document/model';
import type { Span } from '../document/span';
import { factsOf } from '../document/facts';
import { fold, stem, withoutPossessive } from '../document/text';
import { documentCache } from '../document/caches';

export interface SentencePrint extends Span {
  shingles: number[];
}

export interface NotePrint {
  sentences: SentencePrint[];
  /** Every shingle of the letter. */
  all: ShingleSet;
}

/**
 * A set of shingles as a sorted Uint32Array. Memory: the server keeps a print for every note of the
 * workspace, and a Set of 32-bit hashes cost ~20 KB a note (an entry, and a heap number for half the
 * values), a workspace of 1,000 notes 20 MB; sorted, it is 4 bytes a shingle.
 */
export class ShingleSet {
  private readonly sorted: Uint32Array;
  /** `values` in any order, with repeats (`sorted`: only from fromSorted). */
  constructor(values: Iterable<number>, sorted?: Uint32Array) {
    if (sorted) {
      this.sorted = sorted;
      return;
    }
    // sorted as 32-bit numbers, then the repeats dropped in place (a Set first cost more than the sort)
    const all = Uint32Array.from(values).sort();
    let n = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
    this.sorted = n === all.length ? all : all.slice(0, n);
  }

  /** The set whose own array `sorted` is (ascending, no repeats: as sortedValues gave it; not copied). */
  static fromSorted(sorted: Uint32Array): ShingleSet {
    return new ShingleSet([], sorted);
  }

  get size(): number {
    return this.sorted.length;
  }

  /** The shingles in ascending order (the set's own array: not to be changed). */
  sortedValues(): Uint32Array {
    return this.sorted;
  }

  has(h: number): boolean {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] === h) return true;
      if (a[mid] < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** How many of these shingles `other` has too: one walk along both sorted arrays. */
  common(other: ShingleSet): number {
    const a = this.sorted;
    const b = other.sorted;
    let count = 0;
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] === b[j]) {
        count++;
        i++;
        j++;
      } else if (a[i] < b[j]) i++;
      else j++;
    }
    return count;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.sorted[Symbol.iterator]();
  }
}

const SHINGLE = 3;
// A sentence still holding a template slot is unwritten: two fresh notes from one template are not copies yet.
const UNWRITTEN = /\[[^\]\n]{1,60}\]|\{\{|\bTODO\b|\bXXX\b/;

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 32;

/** FNV-1a, 32-bit, fast, good enough to tell word triples apart: `h` carried on over the string. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The hash of the words a, b, c joined by spaces (a shingle of SHINGLE = 3), without building the string. */
export function hashTriple(a: string, b: string, c: string): number {
  let h = fnv(FNV_OFFSET, a);
  h = Math.imul(h ^ SPACE, 0x01000193);
  h = fnv(h, b);
  h = Math.imul(h ^ SPACE, 0x01000193);
  return fnv(h, c) >>> 0;
}

const cache = documentCache<NotePrint>();

/** The shingles of each sentence of a note being edited, by its text (null: none), with the names they were made with. */
interface SentenceShingles {
  names: string;
  byText: Map<string, number[] | null>;
}
const editing = new WeakMap<NotePrint, SentenceShingles>();

/**
 * The note's fingerprint, made once per parse. `previous`: the print of the note's last parse, when
 * the host fingerprints it again after an edit (the server on a keystroke): the sentences the edit
 * left as they were take their shingles over from it, and this print keeps its own for the next edit.
 */
export function printOf(doc: ThanksDocument, previous?: NotePrint | null): NotePrint {
  const cached = cache.get(doc);
  if (cached) return cached;
  const names = factsOf(doc).interviewerKeys;
  const namesKey = [...names].join('\u0000');
  const before = previous ? editing.get(previous) : undefined;
  const reuse = before && before.names === namesKey ? before.byText : undefined;
  const byText = previous !== undefined ? new Map<string, number[] | null>() : undefined;
  // a note repeats its words: each is folded and stemmed once
  const stems = new Map<string, string>();
  const stemOf = (text: string) => {
    let w = stems.get(text);
    if (w === undefined) {
      const f = withoutPossessive(fold(text));
      w = names.has(f) ? '\u00b7name' : stem(f);
      stems.set(text, w);
    }
    return w;
  };
  const sentences: SentencePrint[] = [];
  const all: number[] = [];
  for (const p of doc.body.paragraphs) {
    for (const s of p.sentences) {
      let shingles = reuse?.get(s.text);
      if (shingles === undefined) shingles = shinglesOf(s.text, s.words, stemOf);
      byText?.set(s.text, shingles);
      if (!shingles) continue;
      for (const h of shingles) all.push(h);
      sentences.push({ start: s.start, end: s.end, shingles });
    }
  }
  const print = { sentences, all: new ShingleSet(all) };
  if (byText) editing.set(print, { names: namesKey, byText });
  cache.set(doc, print);
  return print;
}

/** A sentence's word triples, or null for a sentence too short or unwritten (a template slot). */
function shinglesOf(text: string, sentenceWords: readonly { text: string }[], stemOf: (word: string) => string): number[] | null {
  if (UNWRITTEN.test(text) || sentenceWords.length < SHINGLE) return null;
  const words = sentenceWords.map((w) => stemOf(w.text));
  const shingles: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.push(hashTriple(words[i], words[i + 1], words[i + 2]));
  return shingles;
}

/**
 * A print as one Uint32Array, for a message to another thread (which copies it as bytes; a print as
 * objects and arrays of numbers cost the CLI's lanes ~0.1 ms a note to pass and to sort again):
 * [number of shingles in `all`, number of sentences], then `all` as sorted, then each sentence's start, end and number
 * of shingles, then the sentences' shingles one after the other.
 */
export function packPrint(print: NotePrint): Uint32Array {
  const all = print.all.sortedValues();
  let count = 0;
  for (const s of print.sentences) count += s.shingles.length;
  const out = new Uint32Array(2 + all.length + 3 * print.sentences.length + count);
  out[0] = all.length;
  out[1] = print.sentences.length;
  out.set(all, 2);
  let at = 2 + all.length;
  let h = at + 3 * print.sentences.length;
  for (const s of print.sentences) {
    out[at++] = s.start;
    out[at++] = s.end;
    out[at++] = s.shingles.length;
    out.set(s.shingles, h);
    h += s.shingles.length;
  }
  return out;
}

/**
 * The print packPrint packed. Its set is read in place (a view of `packed`, which it then owns). Its
 * sentences are read out on first use: a peer is compared by its set alone (./compare), so the CLI's
 * lanes, which receive every note's print, read the sentences of none.
 */
export function unpackPrint(packed: Uint32Array): NotePrint {
  let sentences: SentencePrint[] | undefined;
  return {
    all: ShingleSet.fromSorted(packed.subarray(2, 2 + packed[0])),
    get sentences() {
      return (sentences ??= sentencesOf(packed));
    },
  };
}

function sentencesOf(packed: Uint32Array): SentencePrint[] {
  const count = packed[1];
  let at = 2 + packed[0];
  let h = at + 3 * count;
  const sentences: SentencePrint[] = [];
  for (let k = 0; k < count; k++) {
    const start = packed[at++];
    const end = packed[at++];
    const n = packed[at++];
    sentences.push({ start, end, shingles: Array.from(packed.subarray(h, h + n)) });
    h += n;
  }
  return sentences;
}
