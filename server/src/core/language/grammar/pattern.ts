// Token-and-tag patterns, the grammar checker's rule language (rules are data in lexicon/grammar/).
// A pattern is a sequence of elements separated by spaces; it is compiled once into test functions
// and matched by the small backtracking matcher of ./match, whose repeats are bounded, so a sentence is matched in
// time linear in its length for a given pattern.
//
//   word            the word itself, any case ("its", "don't", ",")
//   @TAG            a tag (../tagger/tags), or @NOUN (NN NNS PROPN), @VERB (VB…VBG), @FIN (VB VBZ VBD),
//                   @WORD (any word), @CAP (a capitalised word), @LOWER (a word in lower case),
//                   @MIXED (a capital after the first letter: "macOS", "IT")
//   =Word           the word exactly as written (case-sensitive)
//   $class          a word of a named class (classes.json or the file's own "classes")
//   ~ing            a word ending in "ing"
//   ?TAG            a word the lexicon allows as TAG, whatever it was tagged here; ?CMP a comparative or
//                   superlative form ("easier", "fastest")
//   _               any word
//   !x  x&y  x|y    not, and, or (`&` binds tighter than `|`): `@VB&!be`, `a|an`
//   x? x* x+        optional, up to 3, 1 to 3 ("{2,4}" also works)
//   ( … | … )?      a group of sequences, with the same repeats
//   -x              the next token is not x (or there is none); takes no token
//   %NAME           the macro NAME of classes.json, pasted in as a group
//   < … >           the words the finding covers and the fix replaces (default: the whole match)
//   ^  $            the start and end of the sentence (quotes and end punctuation aside)
import { TAGS, NN, NNS, PROPN, VB, VBZ, VBD, VBN, VBG, MD } from '../tagger/tags';
import { getTagger } from '../tagger';
import { isComparative } from './morphology';
import { startsUpper } from '../../document/text';
import { anyToken, firstToken, prefixOf, type FirstSet, type Node, type Test } from './first';

export type { FirstSet, Node, Test } from './first';

export interface Pattern {
  source: string;
  nodes: Node[];
  /** Number of top-level elements (captures 1..n). */
  elements: number;
  first?: FirstSet;
  /** Tests the tokens at the match's start must pass, one per token (i, i + 1, …): the elements that
   *  open the pattern and take exactly one token, and the first element after them that takes at
   *  least one, or, when optional elements or a group come first, the words, tags and endings the
   *  rest can start with. Most tries fail on these, before the matcher starts. */
  prefix: Test[];
  /** Sets of which the sentence must hold a token (by word or tag) for any match: one per element that
   *  takes at least one token and names its words or tags. Lets the checker skip a rule for a sentence. */
  needs: FirstSet[];
}

export interface PatternMatch {
  start: number;
  end: number;
  /** The covered tokens `< … >` (token indices, end exclusive). */
  markStart: number;
  markEnd: number;
  /** Token range of each top-level element, 1-based. */
  caps: [number, number][];
}

export type Classes = ReadonlyMap<string, ReadonlySet<string>>;

const TAG_GROUPS: Record<string, readonly number[]> = {
  NOUN: [NN, NNS, PROPN],
  VERB: [VB, VBZ, VBD, VBN, VBG],
  FIN: [VB, VBZ, VBD],
  AUX: [MD],
};
const MAX_REPEAT = 3;

interface Atom {
  test: Test;
  /** Words, tags or word endings that bound what it matches (for indexing; only for positive atoms). */
  words?: Iterable<string>;
  tags?: number[];
  endings?: string[];
  /** The test is "the lower-cased word is one of these" / "the tag is one of these" (a bit per tag id). */
  norms?: ReadonlySet<string>;
  mask?: number;
  /** For "!x": x itself. */
  negated?: Atom;
  /** Relative cost of the test, cheapest first (a set or an ending before a regular expression or the lexicon). */
  cost?: number;
}

const COST_LEXICON = 4;
const COST_PATTERN = 3;
const COST_ENDING = 2;
const COST_SET = 1;

// Regular expressions the tests run per token are made once: a literal in a function makes a new
// RegExp object each time it is evaluated (an allocation per token tried).
const INNER_UPPER = /.\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;

function atom(src: string, classes: Classes, where: string): Atom {
  // "-x" takes no token, so it cannot be one part of an element: write "-x|y" for "neither x nor y"
  if (src.startsWith('-') && src.length > 1) throw new Error(`${where}: "${src}" inside an element (write -a|b)`);
  if (src.startsWith('!') && src.length > 1) {
    const negated = atom(src.slice(1), classes, where);
    const inner = negated.test;
    return { test: (t) => !inner(t), negated, cost: negated.cost };
  }
  if (src === '_') return { test: (t) => !t.punct };
  if (src.startsWith('=') && src.length > 1) {
    const exact = src.slice(1);
    return { test: (t) => t.text === exact, words: [exact.toLowerCase().replace(/[’‘]/g, "'")], cost: COST_SET };
  }
  if (src === '?CMP') return { test: (t) => !t.punct && isComparative(t.norm), cost: COST_LEXICON };
  if (src.startsWith('?') && src.length > 1) {
    const name = src.slice(1);
    const id = (TAGS as readonly string[]).indexOf(name);
    if (id < 0) throw new Error(`${where}: unknown tag ${src}`);
    return { test: (t) => !t.punct && getTagger().candidateIds(t.text).includes(id), cost: COST_LEXICON };
  }
  if (src.startsWith('@')) {
    const name = src.slice(1);
    if (name === 'WORD') return { test: (t) => !t.punct };
    if (name === 'CAP') return { test: (t) => !t.punct && startsUpper(t.text), cost: COST_PATTERN };
    if (name === 'MIXED') return { test: (t) => INNER_UPPER.test(t.text), cost: COST_PATTERN };
    if (name === 'LOWER') return { test: (t) => !t.punct && !HAS_UPPER.test(t.text), cost: COST_PATTERN };
    const ids = TAG_GROUPS[name] ?? [(TAGS as readonly string[]).indexOf(name)];
    if (ids[0] < 0) throw new Error(`${where}: unknown tag ${src}`);
    const mask = ids.reduce((m, id) => m | (1 << id), 0);
    return { test: (t) => ((mask >>> t.tag) & 1) === 1, tags: [...ids], mask };
  }
  if (src.startsWith('$') && src.length > 1) {
    const set = classes.get(src.slice(1));
    if (!set) throw new Error(`${where}: unknown class ${src}`);
    return { test: (t) => set.has(t.norm), words: set, norms: set, cost: COST_SET };
  }
  if (src.startsWith('~') && src.length > 1) {
    const suffix = src.slice(1);
    return { test: (t) => !t.punct && t.norm.length > suffix.length + 1 && t.norm.endsWith(suffix), endings: [suffix], cost: COST_ENDING };
  }
  const word = src.toLowerCase().replace(/[’‘]/g, "'");
  return { test: (t) => t.norm === word, words: [word], norms: new Set([word]), cost: COST_SET };
}

// Speed: the atoms are pure, so the order they are tried in changes nothing. A conjunction's tag
// atoms become one mask the tag must be in and one it must not be in, its negated words one set;
// its other atoms are tested cheapest first.
function conjunction(parts: readonly Atom[]): Test {
  if (parts.length === 1) return parts[0].test;
  const not = new Set<string>();
  let notMask = 0;
  let mask = -1;
  const others: Atom[] = [];
  for (const p of parts) {
    if (p.negated?.norms) for (const w of p.negated.norms) not.add(w);
    else if (p.negated?.mask !== undefined) notMask |= p.negated.mask;
    else if (p.mask !== undefined) mask &= p.mask;
    else others.push(p);
  }
  const rest = others.sort((a, b) => (a.cost ?? COST_PATTERN) - (b.cost ?? COST_PATTERN)).map((p) => p.test);
  return (t) => {
    if (((mask >>> t.tag) & 1) === 0 || ((notMask >>> t.tag) & 1) === 1 || not.has(t.norm)) return false;
    for (let k = 0; k < rest.length; k++) if (!rest[k](t)) return false;
    return true;
  };
}

// A disjunction's word, tag and ending alternatives are one set, one mask and one table of endings
// by last letter; the other alternatives are tested one by one.
function disjunction(alternatives: readonly (readonly Atom[])[]): Test {
  if (alternatives.length === 1) return conjunction(alternatives[0]);
  const words = new Set<string>();
  let mask = 0;
  const endings = new Map<number, string[]>();
  const rest: Test[] = [];
  for (const parts of alternatives) {
    const p = parts.length === 1 ? parts[0] : undefined;
    if (p?.norms) for (const w of p.norms) words.add(w);
    else if (p?.mask !== undefined) mask |= p.mask;
    else if (p?.endings?.length === 1) {
      const e = p.endings[0];
      const last = e.charCodeAt(e.length - 1);
      const list = endings.get(last);
      if (list) list.push(e);
      else endings.set(last, [e]);
    } else rest.push(conjunction(parts));
  }
  return (t) => {
    if (((mask >>> t.tag) & 1) === 1 || words.has(t.norm)) return true;
    if (endings.size && !t.punct) {
      const w = t.norm;
      const list = endings.get(w.charCodeAt(w.length - 1));
      if (list) for (let k = 0; k < list.length; k++) if (w.length > list[k].length + 1 && w.endsWith(list[k])) return true;
    }
    for (let k = 0; k < rest.length; k++) if (rest[k](t)) return true;
    return false;
  };
}

/**
 * The test of an element: alternatives (`|`) of conjunctions (`&`) of atoms, each atom given with
 * its source. Atoms every alternative has ("@ADJ&~ed-up|@ADJ&~ing-up") are tested once, first.
 */
function elementTest(alternatives: readonly { srcs: readonly string[]; parts: readonly Atom[] }[]): Test {
  const [first] = alternatives;
  const shared = alternatives.length > 1 ? [...new Set(first.srcs)].filter((src) => alternatives.every((a) => a.srcs.includes(src))) : [];
  if (!shared.length) return disjunction(alternatives.map((a) => a.parts));
  const common = conjunction(shared.map((src) => first.parts[first.srcs.indexOf(src)]));
  const rests = alternatives.map((a) => a.parts.filter((_, i) => !shared.includes(a.srcs[i])));
  // an alternative made of shared atoms only holds whenever they do
  if (rests.some((r) => r.length === 0)) return common;
  const either = disjunction(rests);
  return (t) => common(t) && either(t);
}

// The same element recurs across a file's rules ("@NOUN", "$subj|we"): compiled once per set of
// classes, it is one test and one word-and-tag set, which rules that need it share.
const elements = new WeakMap<Classes, Map<string, { test: Test; first?: FirstSet }>>();

/** One element: alternatives of conjunctions of atoms. */
function element(src: string, classes: Classes, where: string): { test: Test; first?: FirstSet } {
  let known = elements.get(classes);
  if (!known) elements.set(classes, (known = new Map()));
  let e = known.get(src);
  if (!e) known.set(src, (e = compileElement(src, classes, where)));
  return e;
}

function compileElement(src: string, classes: Classes, where: string): { test: Test; first?: FirstSet } {
  const alternatives = src.split('|').map((alt) => {
    const srcs = alt.split('&');
    const parts = srcs.map((a) => atom(a, classes, where));
    // the first positive atom that names words, tags or an ending bounds what the alternative can match
    const bound = parts.find((p, i) => !srcs[i].startsWith('!') && (p.words || p.tags || p.endings));
    return { srcs, parts, bound };
  });
  const test = elementTest(alternatives);
  if (alternatives.some((a) => !a.bound)) return { test };
  const first: FirstSet = { words: new Set(), tags: new Set(), endings: new Set() };
  for (const a of alternatives) {
    for (const w of a.bound!.words ?? []) first.words.add(w);
    a.bound!.tags?.forEach((x) => first.tags.add(x));
    a.bound!.endings?.forEach((x) => first.endings.add(x));
  }
  return { test, first };
}

function repeats(q: string): [number, number] {
  if (q === '?') return [0, 1];
  if (q === '*') return [0, MAX_REPEAT];
  if (q === '+') return [1, MAX_REPEAT];
  const m = /^\{(\d),(\d)\}$/.exec(q);
  if (m) return [Number(m[1]), Number(m[2])];
  return [1, 1];
}

const QUANT = /(\?|\*|\+|\{\d,\d\})$/;

export function compilePattern(source: string, classes: Classes, macros: Record<string, string> = {}): Pattern {
  let text = source;
  for (let round = 0; round < 4 && text.includes('%'); round++) {
    text = text.replace(/%(\w+)/g, (m, name: string) => {
      if (!(name in macros)) throw new Error(`pattern "${source}": unknown macro ${m}`);
      return `( ${macros[name]} )`;
    });
  }
  const words = text.replace(/\(/g, ' ( ').replace(/\)/g, ' )').split(/\s+/).filter(Boolean);
  let pos = 0;
  let capCount = 0;
  const where = `pattern "${source}"`;
  function sequence(top: boolean): Node[][] {
    const alts: Node[][] = [[]];
    while (pos < words.length) {
      const w = words[pos];
      if (w.startsWith(')')) {
        if (top) throw new Error(`${where}: unbalanced ")"`);
        return alts;
      }
      pos++;
      const seq = alts[alts.length - 1];
      if (w === '|' && !top) alts.push([]);
      else if (w === '<') seq.push({ kind: 'open' });
      else if (w === '>') seq.push({ kind: 'close' });
      else if (w === '^') seq.push({ kind: 'start' });
      else if (w === '$') seq.push({ kind: 'end' });
      else if (w.startsWith('-') && w.length > 1) seq.push({ kind: 'not', test: element(w.slice(1), classes, where).test });
      else if (w === '(') {
        const inner = sequence(false);
        const close = words[pos++];
        if (!close?.startsWith(')')) throw new Error(`${where}: unclosed "("`);
        const [min, max] = repeats(close.slice(1));
        seq.push({ kind: 'group', alts: inner, min, max, cap: top ? ++capCount : -1 });
      } else {
        const q = w.length > 1 ? QUANT.exec(w)?.[1] ?? '' : '';
        const body = q ? w.slice(0, -q.length) : w;
        const [min, max] = repeats(q);
        const { test, first } = element(body, classes, where);
        seq.push({ kind: 'tok', test, min, max, cap: top ? ++capCount : -1, bound: first });
      }
    }
    return alts;
  }
  const nodes = sequence(true)[0];
  const needs: FirstSet[] = [];
  for (const n of nodes) {
    if ((n.kind !== 'tok' && n.kind !== 'group') || n.min < 1) continue;
    const b = n.kind === 'tok' ? n.bound : anyToken(n.alts);
    // a sentence meets a need by a word or a tag; an ending cannot be looked up that way
    if (b && !b.endings.size) needs.push(b);
  }
  return { source, nodes, elements: capCount, first: firstToken(nodes), prefix: prefixOf(nodes), needs };
}
