// The phrase matcher's trie in compact form: flat integer arrays instead of a Map per word, so a
// compiled list costs a few bytes per node, and a form that can be written to a file at build time and
// read back without expanding a single pattern (./phrase-store). Built here from the patterns when no
// built form is at hand (tests from the sources, a list made at run time).
import { normWord } from '../document/tokens';

export const ROOT = 0;
/** Phrases that must start the sentence (`^ hey`) hang from their own root. */
export const ANCHORED = 1;
export const NONE = -1;

export interface PackedTrie {
  /** The distinct words of the phrases; a word's id is its index. */
  words: readonly string[];
  /** Children of node n are edges first[n] .. first[n + 1] - 1, sorted by word id. */
  first: Int32Array;
  edgeWord: Int32Array;
  edgeChild: Int32Array;
  /** Index of the first listed pattern whose phrase ends at the node, or -1. */
  value: Int32Array;
}

/** Expands a pattern into its word sequences; a pattern with more than `limit` is a mistake in a list. */
export function expandPattern(pattern: string, limit = 20_000): string[][] {
  const slots: string[][][] = [];
  let i = 0;
  const src = pattern.trim();
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === '[') {
      const close = src.indexOf(c === '(' ? ')' : ']', i);
      if (close < 0) throw new Error(`Unclosed group in phrase pattern "${pattern}"`);
      if (/[([]/.test(src.slice(i + 1, close))) throw new Error(`Nested group in phrase pattern "${pattern}": write the choices out`);
      const choices = src.slice(i + 1, close).split('|').map(words);
      if (c === '[') choices.push([]);
      slots.push(choices);
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < src.length && !/[\s(\[]/.test(src[j])) j++;
    const alternatives = src.slice(i, j).split('|');
    if (alternatives.some((a) => !a.trim())) throw new Error(`Empty choice in phrase pattern "${pattern}"`);
    slots.push(alternatives.map(words));
    i = j;
  }
  let seqs: string[][] = [[]];
  for (const choices of slots) {
    const next: string[][] = [];
    for (const s of seqs) for (const ch of choices) next.push([...s, ...ch]);
    if (next.length > limit) throw new Error(`Phrase pattern "${pattern}" expands to more than ${limit} phrases`);
    seqs = next;
  }
  return seqs.filter((s) => s.length > 0 && !(s.length === 1 && s[0] === '^'));
}

function words(s: string): string[] {
  return s
    .trim()
    .split(/[\s/-]+/)
    .filter(Boolean)
    .map(normWord);
}

/** The trie of every phrase the patterns expand to; a node's value is the first listed pattern ending there. */
export function buildTrie(patterns: readonly string[]): PackedTrie {
  const wordIds = new Map<string, number>();
  // while building: per node, word id -> child
  const children: Map<number, number>[] = [new Map(), new Map()];
  const value: number[] = [-1, -1];
  patterns.forEach((pattern, index) => {
    for (const seq of expandPattern(pattern)) {
      const anchored = seq[0] === '^';
      let node = anchored ? ANCHORED : ROOT;
      for (let k = anchored ? 1 : 0; k < seq.length; k++) {
        let id = wordIds.get(seq[k]);
        if (id === undefined) wordIds.set(seq[k], (id = wordIds.size));
        let child = children[node].get(id);
        if (child === undefined) {
          child = children.length;
          children[node].set(id, child);
          children.push(new Map());
          value.push(-1);
        }
        node = child;
      }
      if (value[node] < 0) value[node] = index;
    }
  });
  let edges = 0;
  for (const c of children) edges += c.size;
  const trie: PackedTrie = {
    words: [...wordIds.keys()],
    first: new Int32Array(children.length + 1),
    edgeWord: new Int32Array(edges),
    edgeChild: new Int32Array(edges),
    value: Int32Array.from(value),
  };
  let e = 0;
  children.forEach((c, node) => {
    trie.first[node] = e;
    for (const id of [...c.keys()].sort((a, b) => a - b)) {
      trie.edgeWord[e] = id;
      trie.edgeChild[e++] = c.get(id)!;
    }
  });
  trie.first[children.length] = e;
  return trie;
}

/** The child of `node` over word `id`, or NONE (binary search among its children). */
export function childOf(trie: PackedTrie, node: number, id: number): number {
  let lo = trie.first[node];
  let hi = trie.first[node + 1] - 1;
  const ew = trie.edgeWord;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = ew[mid];
    if (w === id) return trie.edgeChild[mid];
    if (w < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return NONE;
}
