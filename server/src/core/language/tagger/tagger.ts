// The compact part-of-speech tagger (chosen by the bake-off in bench/tagger-bakeoff.md): candidates
// from the packed lexicon or the guesser, then one pass of contextual rules (./context). No
// dependencies; the data is a string made at build time, so construction parses nothing.
//   new CompactTagger(packed).tagIds(tokens) -> Uint8Array of tag ids (./tags), one sentence per call.
// Tokens: words, numbers and punctuation as separate tokens; contractions may be whole ("don't",
// "I'm") or split Penn-style; hyphenated words whole. Commas help: they end a clause for the rules.
import { PackedLookup, guess, guessFromStem, C_ADJ, C_NN, C_NNS, type PackedLexicon } from './lexicon';
import { choose, CLAUSE_WORDS, isClosed, isVerbTag } from './context';
import { ADP, ADV, CC, NNS, NN, NUM, PRON, PROPN, PUNCT, SYM, TAGS, type Cands, type TagName } from './tags';

const one = (t: number): Cands => [t];
const C_PROPN = one(PROPN), C_NUM = one(NUM), C_PUNCT = one(PUNCT), C_SYM = one(SYM);
const has = (c: Cands, t: number) => c.includes(t);
const NUM_RE = /^[+-]?(?:\d[\d,.:/]*\d|\d)(?:st|nd|rd|th|s|k|m|%)?$/i;
const PUNCT_RE = /^[\p{P}]+$/u;
const SYMBOL_RE = /^[\p{S}%&#@*+=<>^~|]+$/u;
const HAS_LETTER = /\p{L}/u;
const SENTENCE_OPENER = /^[.!?:;"“(]+$/;

export function normalize(token: string): string {
  return token.toLowerCase().replace(/[’‘]/g, "'");
}


// ------------------------------------------------------------------------------------------------

/** Per-token cache entry: normalised form and candidates (sentence-initial and elsewhere, filled lazily). */
interface Seen {
  w: string;
  mid?: Cands;
  first?: Cands;
}
const CACHE_LIMIT = 20_000; // distinct tokens remembered (about 2 MB at the limit); cleared when full

export class CompactTagger {
  readonly lexicon: PackedLookup;
  private readonly seen = new Map<string, Seen>();
  private words: string[] = [];
  private cs: Cands[] = [];

  constructor(packed: PackedLexicon) {
    if (packed.version !== 1) throw new Error(`Unsupported packed lexicon version ${packed.version}`);
    this.lexicon = new PackedLookup(packed);
  }

  /** Candidate tags of one token (lexicon, then guesser), most likely first. */
  candidates(token: string, sentenceInitial = false): readonly TagName[] {
    return this.candidateIds(token, sentenceInitial).map((t) => TAGS[t]);
  }

  /** The same as tag ids, from the per-token cache (the grammar's `?TAG` asks this per token). */
  candidateIds(token: string, sentenceInitial = false): Cands {
    return this.candidatesOf(token, this.entryOf(token), sentenceInitial);
  }

  /** The token's cache entry (its normalised form, and its candidates once asked). */
  private entryOf(token: string): Seen {
    let e = this.seen.get(token);
    if (!e) {
      if (this.seen.size >= CACHE_LIMIT) this.seen.clear();
      e = { w: normalize(token) };
      this.seen.set(token, e);
    }
    return e;
  }

  private candidatesOf(token: string, e: Seen, initial: boolean): Cands {
    if (initial) return (e.first ??= this.cands(token, e.w, true));
    return (e.mid ??= this.cands(token, e.w, false));
  }

  private cands(raw: string, w: string, initial: boolean): Cands {
    const lex = this.lexicon;
    const c0 = raw.charCodeAt(0);
    if (!HAS_LETTER.test(raw)) {
      if (NUM_RE.test(raw) || /^\d/.test(raw)) return C_NUM;
      if (PUNCT_RE.test(raw)) return raw === '%' ? C_SYM : C_PUNCT;
      if (SYMBOL_RE.test(raw)) return C_SYM;
      return C_PUNCT;
    }
    if (c0 >= 48 && c0 <= 57) return NUM_RE.test(raw) ? C_NUM : /^\d+(?:st|nd|rd|th)$/i.test(raw) ? C_ADJ : C_NN;
    const upper = raw !== w && raw.charAt(0) !== w.charAt(0);
    if (upper) {
      const exact = lex.get(raw);
      if (initial) {
        if (exact) {
          if (exact.length > 1 && exact[0] === PROPN) return exact.filter((t) => t !== PROPN);
          return exact;
        }
        const lower = lex.get(w) ?? guessFromStem(w, lex);
        return lower ?? C_PROPN;
      }
      if (exact) return exact[0] !== PROPN && exact.includes(PROPN) && !isClosed(exact[0]) ? [PROPN, ...exact.filter((t) => t !== PROPN)] : exact;
      const lower = lex.get(w);
      if (lower && isClosed(lower[0])) return lower;
      return C_PROPN;
    }
    const known = lex.get(w) ?? lex.get(raw);
    if (known) return known;
    // a possessive left whole ("team's", "clients'"): the host noun's reading
    if (w.length > 3 && (w.endsWith("'s") || w.endsWith("s'"))) {
      const host = w.endsWith("'s") ? w.slice(0, -2) : w.slice(0, -1);
      const hc = lex.get(host) ?? guess(host, lex);
      return has(hc, NNS) && !has(hc, NN) ? C_NNS : C_NN;
    }
    return guess(w, lex);
  }

  tag(tokens: readonly string[]): TagName[] {
    const ids = this.tagIds(tokens);
    const out: TagName[] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = TAGS[ids[i]];
    return out;
  }

  tagIds(tokens: readonly string[], out?: Uint8Array): Uint8Array {
    const n = tokens.length;
    const tags = out && out.length >= n ? out : new Uint8Array(n);
    const words = this.words;
    const cands = this.cs;
    words.length = n;
    cands.length = n;
    let initial = true;
    for (let i = 0; i < n; i++) {
      const raw = tokens[i];
      const e = this.entryOf(raw);
      const c = this.candidatesOf(raw, e, initial);
      words[i] = e.w;
      cands[i] = c;
      // the next token starts a sentence again after an opening quote/bracket or a sentence end
      initial = c === C_PUNCT && (initial || SENTENCE_OPENER.test(raw));
    }
    let clauseVerb = false; // a verb was already tagged in the current clause
    for (let i = 0; i < n; i++) {
      const c = cands[i];
      const t = c.length === 1 ? c[0] : choose(i, words, cands, tags, clauseVerb);
      tags[i] = t;
      const w = words[i];
      if (t === PUNCT) clauseVerb = false;
      else if (t === CC && i > 0 && tags[i - 1] === PUNCT) clauseVerb = false;
      else if (CLAUSE_WORDS.has(w) && (t === ADP || t === PRON || t === ADV)) clauseVerb = false;
      else if (isVerbTag(t)) clauseVerb = true;
    }
    return tags;
  }
}

