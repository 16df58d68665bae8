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
import { tokenize, type Token } from '../document/tokens';
import { ANCHORED, buildTrie, childOf, NONE, ROOT, type PackedTrie } from './phrase-trie';
import { storedTrie } from './phrase-store';

export { expandPattern } from './phrase-trie';

export interface PhraseMatch<T> extends Span {
  value: T;
  /** The matched tokens, in order. */
  tokens: Token[];
  /** Index of the first matched token in the token list. */
  index: number;
}


// The trie is built once per list (./phrase-trie), at build time for the lists the rules ship with
// (./phrase-store): flat arrays, a few bytes per node, however many phrases a list expands to.
export class PhraseMatcher<T> {
  private readonly trie: PackedTrie;
  /** The entries' values by pattern index. */
  private readonly values: T[];
  private readonly wordIds: Map<string, number>;

  constructor(entries: Iterable<{ pattern: string; value: T }>) {
    const list = [...entries];
    const patterns = list.map((e) => e.pattern);
    this.trie = storedTrie(patterns) ?? buildTrie(patterns);
    this.values = list.map((e) => e.value);
    this.wordIds = new Map(this.trie.words.map((w, i) => [w, i]));
  }

  private step(node: number, word: string): number {
    const id = this.wordIds.get(word);
    return id === undefined ? NONE : childOf(this.trie, node, id);
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
    let best = -1;
    const value = this.trie.value;
    for (let k = i; k < tokens.length && node !== NONE; k++) {
      if (k > i && !tokens[k].joined) break;
      node = this.step(node, tokens[k].norm);
      if (node !== NONE && value[node] >= 0) {
        bestEnd = k;
        best = value[node];
      }
    }
    if (bestEnd < 0) return undefined;
    const matched = tokens.slice(i, bestEnd + 1);
    return { value: this.values[best], tokens: matched, index: i, start: matched[0].start, end: matched[matched.length - 1].end };
  }
}

/** Fills `{1}`, `{2}`… in a replacement with the matched words (1-based). */
export function fillReplacement(template: string, tokens: Token[]): string {
  return template.replace(/\{(\d)\}/g, (m, d) => tokens[Number(d) - 1]?.text ?? m);
}
