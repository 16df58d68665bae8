// What a pattern's tokens can be, read from its compiled nodes (./pattern): the first token of a
// match (the checker indexes rules by it), the tokens a match must hold (Pattern.needs), and the
// tests of its opening tokens that most tries fail on (Pattern.prefix).
import type { TaggedToken } from './tokens';

export type Test = (t: TaggedToken) => boolean;
export type Node =
  | { kind: 'tok'; test: Test; min: number; max: number; cap: number; bound?: FirstSet }
  | { kind: 'group'; alts: Node[][]; min: number; max: number; cap: number }
  | { kind: 'not'; test: Test }
  | { kind: 'open' | 'close' | 'start' | 'end' };

/** What the first token of a match can be: words, tags and word endings (`~ys`), for indexing rules
 *  (undefined: anything). */
export interface FirstSet {
  words: Set<string>;
  tags: Set<number>;
  endings: Set<string>;
}

/** Pattern.prefix: the tests of a match's opening tokens, one per token (see there). */
export function prefixOf(nodes: readonly Node[]): Test[] {
  const out: Test[] = [];
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k];
    // zero-width elements are passed over ("-x" too: leaving a condition out only lets more tries through)
    if (n.kind === 'open' || n.kind === 'close' || n.kind === 'start' || n.kind === 'not') continue;
    if (n.kind !== 'tok' || n.min < 1) {
      // an optional element or a group next: the token there must still be one the rest can start with
      const next = firstOfRest(nodes, k);
      if (next) out.push(inFirstSet(next));
      break;
    }
    out.push(n.test);
    if (n.max !== 1) break;
  }
  return out;
}

/** What the first token taken from nodes[k] on can be, when they must take one (undefined: anything, or none). */
function firstOfRest(nodes: readonly Node[], k: number): FirstSet | undefined {
  const acc: FirstSet = { words: new Set(), tags: new Set(), endings: new Set() };
  for (; k < nodes.length; k++) {
    const n = nodes[k];
    if (n.kind !== 'tok' && n.kind !== 'group') {
      if (n.kind === 'end') return undefined; // the match may end here
      continue; // zero-width
    }
    const f = n.kind === 'tok' ? n.bound : firstToken([n]);
    if (!f) return undefined;
    union(acc, f);
    if (n.min >= 1) return acc;
  }
  return undefined; // everything left is optional
}

/** A token in a first set: one of its words, tags or endings (what ./check indexes rules by). */
function inFirstSet(f: FirstSet): Test {
  const mask = [...f.tags].reduce((m, t) => m | (1 << t), 0);
  const endings = [...f.endings];
  return (t) => {
    if (((mask >>> t.tag) & 1) === 1 || f.words.has(t.norm)) return true;
    for (let k = 0; k < endings.length; k++) if (t.norm.endsWith(endings[k])) return true;
    return false;
  };
}

function union(into: FirstSet, b: FirstSet): void {
  for (const w of b.words) into.words.add(w);
  for (const t of b.tags) into.tags.add(t);
  for (const e of b.endings) into.endings.add(e);
}

/**
 * What the first token a match takes can be (undefined: anything). A match always takes its first
 * token at its start, from the first element that takes any: zero-width elements are passed over,
 * and an optional element adds its words or tags to those of what follows it.
 */
export function firstToken(nodes: readonly Node[]): FirstSet | undefined {
  const acc: FirstSet = { words: new Set(), tags: new Set(), endings: new Set() };
  for (const n of nodes) {
    if (n.kind === 'tok') {
      if (!n.bound) return undefined;
      union(acc, n.bound);
      if (n.min >= 1) return acc;
    } else if (n.kind === 'group') {
      // each repeat of a group takes a token, first from one of its alternatives
      for (const alt of n.alts) {
        const f = firstToken(alt);
        if (!f) return undefined;
        union(acc, f);
      }
      if (n.min >= 1) return acc;
    }
  }
  return acc;
}

/** Words or tags of which a token taken by a group must be one (undefined: any token). */
export function anyToken(alts: readonly Node[][]): FirstSet | undefined {
  const acc: FirstSet = { words: new Set(), tags: new Set(), endings: new Set() };
  for (const alt of alts) {
    for (const n of alt) {
      const b = n.kind === 'tok' ? n.bound : n.kind === 'group' ? anyToken(n.alts) : acc;
      if (!b) return undefined;
      if (b !== acc) union(acc, b);
    }
  }
  return acc;
}

/**
 * The index in `needs` (Pattern.needs) of the element that must take the token right after a match's
 * first one: the pattern opens with an element of exactly one token and goes on with a single element
 * (not a group) that takes at least one (zero-width elements passed over). -1 when it does not, or that
 * element is no need.
 */
export function nextNeedIndex(nodes: readonly Node[], needs: readonly FirstSet[]): number {
  const taking = (k: number) => {
    while (k < nodes.length && nodes[k].kind !== 'tok' && nodes[k].kind !== 'group') k++;
    return k;
  };
  const a = taking(0);
  const first = nodes[a];
  if (first?.kind !== 'tok' || first.min !== 1 || first.max !== 1) return -1;
  const next = nodes[taking(a + 1)];
  return next?.kind === 'tok' && next.min >= 1 && next.bound ? needs.indexOf(next.bound) : -1;
}
