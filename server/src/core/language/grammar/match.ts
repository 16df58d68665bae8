// The grammar patterns' matcher: a small backtracking matcher over a sentence's tagged tokens whose
// repeats are bounded (see ./pattern for the pattern language and its compiler).
//
// Depth first, greedy: an element takes as many tokens as it can, then gives them back one by one
// while the rest fails; a group tries another repeat of each alternative before going on. What
// follows a group's repeat is kept in a frame (the group, its repeat count, where the repeat
// started and what follows the group) instead of a closure, so a match allocates nothing until it
// succeeds.
import type { Node, Pattern, PatternMatch } from './pattern';
import type { TaggedToken } from './tokens';

type Group = Extract<Node, { kind: 'group' }>;

/** What follows the repeat of a group that started at `at`: another repeat, or the rest of `nodes`. */
interface Frame {
  group: Group;
  nodes: Node[];
  /** Index of the group in `nodes`. */
  k: number;
  /** Where the group's first repeat started (its capture's start). */
  start: number;
  count: number;
  at: number;
  parent: Frame | null;
}

interface State {
  toks: readonly TaggedToken[];
  /** Token range of each top-level element: [2n] start, [2n + 1] end, set when `hit[n]` is 1. */
  caps: Int32Array;
  hit: Uint8Array;
  open: number;
  close: number;
  /** Whether a match of the whole pattern may end at this token. */
  accept: (end: number) => boolean;
  /** Frames, reused: a frame is needed only while the repeat it follows is being matched. */
  frames: Frame[];
  depth: number;
}

// One state for every match (no match runs inside another): capture ranges in flat arrays, copied
// out only when the match succeeds.
const st: State = { toks: [], caps: new Int32Array(64), hit: new Uint8Array(32), open: -1, close: -1, accept: () => false, frames: [], depth: 0 };

function fresh(toks: readonly TaggedToken[], elements: number, accept: (end: number) => boolean): State {
  if (st.hit.length <= elements) {
    st.hit = new Uint8Array(2 * (elements + 1));
    st.caps = new Int32Array(4 * (elements + 1));
  }
  st.toks = toks;
  st.hit.fill(0, 0, elements + 1);
  st.open = -1;
  st.close = -1;
  st.accept = accept;
  st.depth = 0;
  return st;
}

const isEdge = (toks: readonly TaggedToken[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (!toks[k].punct) return false;
  return true;
};

function capture(cap: number, start: number, end: number): void {
  st.caps[2 * cap] = start;
  st.caps[2 * cap + 1] = end;
  st.hit[cap] = 1;
}

/** Matches nodes[k..] at token i, then what `then` says follows. */
function seq(nodes: Node[], k: number, i: number, then: Frame | null): boolean {
  if (k === nodes.length) return then === null ? st.accept(i) : i > then.at && repeat(then.group, then.nodes, then.k, then.start, then.count + 1, i, then.parent);
  const n = nodes[k];
  switch (n.kind) {
    case 'start':
      return isEdge(st.toks, 0, i) && seq(nodes, k + 1, i, then);
    case 'end':
      return isEdge(st.toks, i, st.toks.length) && seq(nodes, k + 1, i, then);
    case 'not':
      return (i >= st.toks.length || !n.test(st.toks[i])) && seq(nodes, k + 1, i, then);
    case 'open':
      st.open = i;
      return seq(nodes, k + 1, i, then);
    case 'close':
      st.close = i;
      return seq(nodes, k + 1, i, then);
    case 'tok': {
      let r = 0;
      while (r < n.max && i + r < st.toks.length && n.test(st.toks[i + r])) r++;
      for (; r >= n.min; r--) {
        if (n.cap > 0) capture(n.cap, i, i + r);
        if (seq(nodes, k + 1, i + r, then)) return true;
      }
      return false;
    }
    case 'group':
      return repeat(n, nodes, k, i, 0, i, then);
  }
}

/** The group nodes[k] (started at `start`) has matched `count` times up to `at`: one more repeat, else what follows. */
function repeat(n: Group, nodes: Node[], k: number, start: number, count: number, at: number, then: Frame | null): boolean {
  if (count < n.max) {
    const depth = st.depth++;
    let f = st.frames[depth];
    if (!f) st.frames[depth] = f = { group: n, nodes, k, start, count, at, parent: then };
    else {
      f.group = n;
      f.nodes = nodes;
      f.k = k;
      f.start = start;
      f.count = count;
      f.at = at;
      f.parent = then;
    }
    for (const alt of n.alts) if (seq(alt, 0, at, f)) return true;
    st.depth = depth;
  }
  if (count < n.min) return false;
  if (n.cap > 0) capture(n.cap, start, at);
  return seq(nodes, k + 1, at, then);
}

let matchStart = -1;
let matchEnd = -1;
const endsAfterStart = (j: number) => ((matchEnd = j), j > matchStart);

/** The match of `p` starting at token `i`, or undefined. */
export function matchAt(p: Pattern, toks: readonly TaggedToken[], i: number): PatternMatch | undefined {
  const prefix = p.prefix;
  for (let k = 0; k < prefix.length; k++) if (i + k >= toks.length || !prefix[k](toks[i + k])) return undefined;
  fresh(toks, p.elements, endsAfterStart);
  matchStart = i;
  matchEnd = -1;
  if (!seq(p.nodes, 0, i, null)) return undefined;
  const end = matchEnd;
  const caps: [number, number][] = [];
  for (let c = 1; c <= p.elements; c++) if (st.hit[c]) caps[c] = [st.caps[2 * c], st.caps[2 * c + 1]];
  const markStart = st.open >= 0 ? st.open : i;
  const markEnd = st.close >= 0 ? st.close : end;
  return { start: i, end, markStart, markEnd, caps };
}

/** Whether `p` matches anywhere in the sentence. */
export function matchesAnywhere(p: Pattern, toks: readonly TaggedToken[]): boolean {
  for (let i = 0; i < toks.length; i++) if (matchAt(p, toks, i)) return true;
  return false;
}

/** Whether a match of `p` ends exactly at token `at`. */
export function matchesEndingAt(p: Pattern, toks: readonly TaggedToken[], at: number): boolean {
  const endsThere = (j: number) => j === at;
  for (let i = Math.max(0, at - 8); i < at; i++) {
    fresh(toks, p.elements, endsThere);
    if (seq(p.nodes, 0, i, null)) return true;
  }
  return false;
}
