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


// Every list's words share one vocabulary: a token's word is looked up once (and again only when a
// list built later has grown the vocabulary), and each list maps vocabulary ids to its own word ids
// with an array, so the twenty-odd lists that walk each sentence cost an array read per word.
const VOCABULARY = new Map<string, number>();

function vocabularyId(t: Token): number {
  if (t.vocabSize !== VOCABULARY.size) {
    t.vocab = VOCABULARY.get(t.norm) ?? -1;
    t.vocabSize = VOCABULARY.size;
  }
  return t.vocab;
}

// The trie is built once per list (./phrase-trie), at build time for the lists the rules ship with
// (./phrase-store): flat arrays, a few bytes per node, however many phrases a list expands to.
export class PhraseMatcher<T> {
  private readonly trie: PackedTrie;
  /** The entries' values by pattern index. */
  private readonly values: T[];
  /** The list's word id by vocabulary id (-1: not a word of this list); ids past its end came later. */
  private readonly ownIds: Int32Array;
  /** The child of the root (and of the anchored root) by word id, or NONE: most words start no
   *  phrase and are passed over with one lookup (some twenty lists walk each sentence per keystroke). */
  private readonly fromRoot: Int32Array;
  private readonly fromAnchored: Int32Array;

  constructor(entries: Iterable<{ pattern: string; value: T }>) {
    const list = [...entries];
    const patterns = list.map((e) => e.pattern);
    this.trie = storedTrie(patterns) ?? buildTrie(patterns);
    this.values = list.map((e) => e.value);
    for (const w of this.trie.words) if (!VOCABULARY.has(w)) VOCABULARY.set(w, VOCABULARY.size);
    this.ownIds = new Int32Array(VOCABULARY.size).fill(-1);
    this.trie.words.forEach((w, i) => (this.ownIds[VOCABULARY.get(w)!] = i));
    this.fromRoot = firstSteps(this.trie, ROOT);
    this.fromAnchored = firstSteps(this.trie, ANCHORED);
  }

  /** The list's id of the token's word, or -1. */
  private ownId(t: Token): number {
    const v = vocabularyId(t);
    return v >= 0 && v < this.ownIds.length ? this.ownIds[v] : -1;
  }

  private step(node: number, t: Token): number {
    const id = this.ownId(t);
    return id < 0 ? NONE : childOf(this.trie, node, id);
  }

  /** Leftmost-longest, non-overlapping matches over a token list (one sentence). */
  match(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const id = this.ownId(tokens[i]);
      if (id < 0) {
        i++;
        continue;
      }
      const anchored = i === 0 ? this.fromAnchored[id] : NONE;
      const root = this.fromRoot[id];
      const best = (anchored === NONE ? undefined : this.longestFrom(tokens, i, anchored)) ?? (root === NONE ? undefined : this.longestFrom(tokens, i, root));
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

  /** The longest phrase from token i, whose first word led from a root to node `first`. */
  private longestFrom(tokens: Token[], i: number, first: number): PhraseMatch<T> | undefined {
    let node = first;
    const value = this.trie.value;
    let bestEnd = value[first] >= 0 ? i : -1;
    let best = value[first];
    for (let k = i + 1; k < tokens.length && node !== NONE; k++) {
      if (!tokens[k].joined) break;
      node = this.step(node, tokens[k]);
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

/** For each word id, the child of `root` over it, or NONE. */
function firstSteps(trie: PackedTrie, root: number): Int32Array {
  const out = new Int32Array(trie.words.length).fill(NONE);
  for (let e = trie.first[root]; e < trie.first[root + 1]; e++) out[trie.edgeWord[e]] = trie.edgeChild[e];
  return out;
}
