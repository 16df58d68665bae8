// Which rules a token can start (./check): rules by the words, tags and word endings their first token
// can be (./first), and those whose first token can be anything. The checker keeps one such index for
// the rules that may start anywhere in a sentence and one for those anchored at its start (`^`), and
// the build stores both (./built-index).
import type { FirstSet } from './first';

/** Rules indexed by a word ending are found by the token's last two letters. */
export const ENDING_KEY = 2;

const NONE = new Int32Array(0);

/** A StartIndex as the build stores it: rule orders by word, tag and ending, and the others. */
export interface StoredStarts {
  byWord: Record<string, number[]>;
  byTag: Record<string, number[]>;
  byEnding: Record<string, number[]>;
  any: number[];
}

export class StartIndex {
  readonly byWord = new Map<string, Int32Array>();
  readonly byTag = new Map<number, Int32Array>();
  /** Rules whose first token has one of some endings ("~ys"), by the ending's last ENDING_KEY letters. */
  readonly byEnding = new Map<string, Int32Array>();
  /** Rules whose first token can be any (or end in an ending too short to index). */
  any = NONE;

  /** The index of rules (each its order and what its first token can be; undefined: anything), in order. */
  static of(rules: readonly { order: number; first: FirstSet | undefined }[]): StartIndex {
    const byWord = new Map<string, number[]>();
    const byTag = new Map<number, number[]>();
    const byEnding = new Map<string, number[]>();
    const any: number[] = [];
    for (const { order, first } of rules) {
      if (!first || [...first.endings].some((e) => e.length < ENDING_KEY)) any.push(order);
      else {
        for (const w of first.words) add(byWord, w, order);
        for (const t of first.tags) add(byTag, t, order);
        for (const e of first.endings) add(byEnding, e.slice(-ENDING_KEY), order);
      }
    }
    const index = new StartIndex();
    for (const [w, o] of byWord) index.byWord.set(w, Int32Array.from(o));
    for (const [t, o] of byTag) index.byTag.set(t, Int32Array.from(o));
    for (const [e, o] of byEnding) index.byEnding.set(e, Int32Array.from(o));
    index.any = Int32Array.from(any);
    return index;
  }

  static restore(stored: StoredStarts): StartIndex {
    const index = new StartIndex();
    for (const [w, o] of Object.entries(stored.byWord)) index.byWord.set(w, Int32Array.from(o));
    for (const [t, o] of Object.entries(stored.byTag)) index.byTag.set(Number(t), Int32Array.from(o));
    for (const [e, o] of Object.entries(stored.byEnding)) index.byEnding.set(e, Int32Array.from(o));
    index.any = Int32Array.from(stored.any);
    return index;
  }

  store(): StoredStarts {
    const record = <K>(map: Map<K, Int32Array>) => Object.fromEntries([...map].map(([k, v]) => [String(k), Array.from(v)]));
    return { byWord: record(this.byWord), byTag: record(this.byTag), byEnding: record(this.byEnding), any: Array.from(this.any) };
  }

  /** The rules a word (as normalised) starts by its ending, if any. */
  byEndingOf(norm: string): Int32Array | undefined {
    return norm.length > ENDING_KEY ? this.byEnding.get(norm.slice(-ENDING_KEY)) : undefined;
  }
}

/** Adds a rule once to the list of `key` (two endings of a rule can share their last letters: "~ing", "~ring"). */
function add<K>(map: Map<K, number[]>, key: K, order: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [order]);
  else if (list[list.length - 1] !== order) list.push(order);
}
