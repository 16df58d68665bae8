// One phrase matcher for every word-list rule: a list of phrase patterns is compiled once into a
// trie over lower-cased words, then matched over the words of a sentence in linear time (each start
// word walks at most the longest phrase). No regular expression is built from the lists, so a
// hostile note cannot make matching backtrack.
//
// Pattern syntax (case-insensitive; curly and straight apostrophes are the same):
//   plain words          `sorry to bother you`
//   one-word choices     `job|position|role`
//   groups of words      `(i am|i'm) sorry` — any choice may have several words
//   optional words       `i [really|truly] need this job` — `[...]` may also be empty
//   start of sentence    `^ hey` — only as the first word of the sentence
// A hyphen inside a word is a word break: `hard-working` matches "hard-working" and "hard working".
// Between matched words only white space (line breaks too), Markdown emphasis or one hyphen/slash
// may stand — never a comma or a period.
import type { Span } from '../document/span';
import { normWord, tokenize, type Token } from '../document/tokens';

export interface PhraseMatch<T> extends Span {
  value: T;
  /** The matched tokens, in order. */
  tokens: Token[];
  /** Index of the first matched token in the token list. */
  index: number;
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

// Memory: the trie is stored by word — for each word, one Map from a node to its child over that
// word — rather than a Map per node: the expanded tone lists have tens of thousands of nodes, and a
// Map per node cost megabytes of heap for as long as the server runs.
const ROOT = 0;
const ANCHORED = 1;
const NONE = -1;

export class PhraseMatcher<T> {
  /** word -> (node -> child node). */
  private readonly edges = new Map<string, Map<number, number>>();
  /** Entry matched when a phrase ends at the node (first listed wins). */
  private readonly values: (T | undefined)[] = [undefined, undefined];

  constructor(entries: Iterable<{ pattern: string; value: T }>) {
    for (const { pattern, value } of entries) {
      for (const seq of expandPattern(pattern)) {
        const anchored = seq[0] === '^';
        let node = anchored ? ANCHORED : ROOT;
        for (const w of anchored ? seq.slice(1) : seq) {
          let byNode = this.edges.get(w);
          if (!byNode) this.edges.set(w, (byNode = new Map()));
          let child = byNode.get(node);
          if (child === undefined) {
            child = this.values.length;
            byNode.set(node, child);
            this.values.push(undefined);
          }
          node = child;
        }
        if (this.values[node] === undefined) this.values[node] = value;
      }
    }
  }

  private step(node: number, word: string): number {
    return this.edges.get(word)?.get(node) ?? NONE;
  }

  /** Leftmost-longest, non-overlapping matches over a token list (one sentence). */
  match(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = (i === 0 ? this.longestAt(tokens, i, ANCHORED) : undefined) ?? this.longestAt(tokens, i, ROOT);
      if (best) {
        out.push(best);
        i = best.index + best.tokens.length;
      } else i++;
    }
    return out;
  }

  /** Matches within `text` (offset `base` in the note); the whole text is one unit (a sentence). */
  matchText(text: string, base = 0): PhraseMatch<T>[] {
    return this.match(tokenize(text, base));
  }

  private longestAt(tokens: Token[], i: number, start: number): PhraseMatch<T> | undefined {
    let node = start;
    let bestEnd = -1;
    let bestValue: T | undefined;
    for (let k = i; k < tokens.length && node !== NONE; k++) {
      if (k > i && !tokens[k].joined) break;
      node = this.step(node, tokens[k].norm);
      const value = node === NONE ? undefined : this.values[node];
      if (value !== undefined) {
        bestEnd = k;
        bestValue = value;
      }
    }
    if (bestEnd < 0) return undefined;
    const matched = tokens.slice(i, bestEnd + 1);
    return { value: bestValue as T, tokens: matched, index: i, start: matched[0].start, end: matched[matched.length - 1].end };
  }
}

/** Fills `{1}`, `{2}`… in a replacement with the matched words (1-based). */
export function fillReplacement(template: string, tokens: Token[]): string {
  return template.replace(/\{(\d)\}/g, (m, d) => tokens[Number(d) - 1]?.text ?? m);
}
