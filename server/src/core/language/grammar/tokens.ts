// The tokens the grammar checker reads: words (hyphenated compounds and contractions whole),
// numbers and punctuation marks, each with its part-of-speech tag. Tagged once per sentence and
// cached on it, like sentenceTokens.
import type { Sentence } from '../../document/model';
import { getTagger } from '../tagger';
import { sentenceCache } from '../../document/caches';

export interface TaggedToken {
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  norm: string;
  /** Tag id (../tagger/tags). */
  tag: number;
  start: number;
  end: number;
  /** A punctuation mark or symbol rather than a word or number. */
  punct: boolean;
}

// A word: letters/digits with inner apostrophes and hyphens ("follow-up", "don't", "3rd"), a plural
// possessive's apostrophe ("clients'"), a title ("Ms.") or an abbreviation with inner periods ("a.m.",
// "U.S."); else one mark.
const TOKEN_RE = /\b(?:Mr|Ms|Mrs|Dr|St|Prof|Jr|Sr|Mt|vs|etc|approx|dept|No)\.|\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)*(?:(?<=s)['’](?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const cache = sentenceCache<TaggedToken[]>();

export function tokenizeForGrammar(text: string, base = 0): TaggedToken[] {
  const out: TaggedToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    // Markdown emphasis and quotes carry no grammar
    if (t === '*' || t === '_' || t === '`') continue;
    // a mark is one code point (the last alternative of TOKEN_RE): longer tokens are words; curly apostrophes are rare
    const lower = t.toLowerCase();
    out.push({ text: t, norm: lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower, tag: 0, start: base + m.index, end: base + m.index + t.length, punct: t.length <= 2 && !LETTER_OR_DIGIT.test(t) });
  }
  return out;
}

/** Tags `tokens` in place (one sentence). */
export function tagTokens(tokens: TaggedToken[]): TaggedToken[] {
  const ids = getTagger().tagIds(tokens.map((t) => t.text));
  for (let i = 0; i < tokens.length; i++) tokens[i].tag = ids[i];
  return tokens;
}

/** The sentence's tagged tokens, computed once per parse. */
export function taggedTokens(s: Sentence): TaggedToken[] {
  let t = cache.get(s);
  if (!t) {
    t = tagTokens(tokenizeForGrammar(s.text, s.start));
    cache.set(s, t);
  }
  return t;
}
