// Compact part-of-speech tagger for Thanks (prototype from the tagger bake-off, bench/tagger-bakeoff.md).
//
// Self-contained: no dependencies. Data comes from a packed lexicon made at build time by
// build.ts (word -> possible tags, most likely first, as one sorted string); everything else is
// here: an unknown-word guesser (morphology against the lexicon, then suffixes and shape) and one
// left-to-right pass of contextual rules that pick one tag per token from its candidates.
//
// Tags are coarse and chosen for grammar rules (see TAGS). Words are tagged by their FORM, so a
// learner error keeps its real form: "she have" -> PRON VB, "can helps" -> MD VBZ, "to meeting" ->
// TO VBG, "very interesting in" -> ADV ADJ ADP. That is what a grammar checker needs.
//
// API:
//   const tagger = new CompactTagger(packed)        // packed: PackedLexicon (cheap: no parsing, no index to build)
//   parsePackedLexicon(text: string): PackedLexicon  // data-file variant: readFileSync(file, 'latin1') of build.ts's writePackedText output
//   tagger.tag(tokens: readonly string[]): TagName[] // one sentence, tokens in order
//   tagger.tagIds(tokens, out?: Uint8Array): Uint8Array  // same, as indices into TAGS (no strings)
//   tagger.candidates(token, sentenceInitial = false): readonly TagName[]  // lexicon + guesser view
// Tokens: words, numbers and punctuation as separate tokens; clitics may be split Penn-style
// ("do" "n't", "I" "'m", "Sara" "'s") or left whole ("don't", "I'm"); hyphenated words whole.
// Punctuation tokens are optional but help (a comma ends a clause for the rules).

export const TAGS = [
  'NN', 'NNS', 'PROPN', 'PRON', 'DET', 'ADJ', 'ADV', 'ADP', 'TO', 'CC', 'NUM', 'MD',
  'VB', 'VBZ', 'VBD', 'VBN', 'VBG', 'POS', 'INTJ', 'PUNCT', 'SYM', 'X',
] as const;
export type TagName = (typeof TAGS)[number];

// Tag ids (indices into TAGS); letters A.. in the packed lexicon are the same ids.
export const NN = 0, NNS = 1, PROPN = 2, PRON = 3, DET = 4, ADJ = 5, ADV = 6, ADP = 7, TO = 8, CC = 9,
  NUM = 10, MD = 11, VB = 12, VBZ = 13, VBD = 14, VBN = 15, VBG = 16, POS = 17, INTJ = 18, PUNCT = 19,
  SYM = 20, X = 21;
const BOS = 255; // "tag" before the first token

/**
 * Packed lexicon: entries `word + " " + tagLetters + "\n"`, sorted by UTF-16 code units; tag letter = "A" + id.
 * `blocks` holds the offset in `data` of every BLOCK-th entry (a tiny sampled index made at build time), so
 * nothing has to be scanned or parsed at load time.
 */
export interface PackedLexicon {
  version: 1;
  source: string;
  entries: number;
  block: number;
  blocks: readonly number[];
  data: string;
}

/**
 * Reads the data-file form written by build.ts (`writePackedText`): one JSON header line (everything but
 * `data`), a line break, then `data` verbatim. Read the file as 'latin1' (every character is <= U+00FF).
 */
export function parsePackedLexicon(text: string): PackedLexicon {
  const nl = text.indexOf('\n');
  const head = JSON.parse(text.slice(0, nl)) as Omit<PackedLexicon, 'data'>;
  if (head.version !== 1 || !Array.isArray(head.blocks)) throw new Error('Not a packed tagger lexicon (version 1)');
  return { ...head, data: text.slice(nl + 1) };
}

type Cands = readonly number[];
const one = (t: number): Cands => [t];
const C_NN = one(NN), C_PROPN = one(PROPN), C_NUM = one(NUM), C_PUNCT = one(PUNCT), C_SYM = one(SYM), C_ADV = one(ADV), C_ADJ = one(ADJ), C_NNS = one(NNS);
const C_VBG = [VBG, NN, ADJ], C_ED = [VBD, VBN, ADJ], C_S = [NNS, VBZ], C_ADJ_NN = [ADJ, NN], C_VB_NN = [VB, NN];

// ------------------------------------------------------------------------------------------------
// Lexicon lookup: binary search over the sampled block offsets, then a short scan inside one block

export class PackedLookup {
  private readonly classes = new Map<string, Cands>();
  constructor(readonly packed: PackedLexicon) {}

  /** Compares `word` with the entry starting at `s`: <0, 0, >0. */
  private cmp(word: string, s: number): number {
    const d = this.packed.data;
    for (let i = 0; ; i++) {
      const b = d.charCodeAt(s + i);
      if (i === word.length) return b === 32 ? 0 : -1;
      if (b === 32) return 1;
      const a = word.charCodeAt(i);
      if (a !== b) return a < b ? -1 : 1;
    }
  }

  /** Candidate tags of `word` exactly as written, or undefined. */
  get(word: string): Cands | undefined {
    const { blocks, data: d } = this.packed;
    let lo = 0;
    let hi = blocks.length - 1;
    if (hi < 0 || this.cmp(word, blocks[0]) < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.cmp(word, blocks[mid]) < 0) hi = mid - 1;
      else lo = mid;
    }
    let s = blocks[lo];
    const end = lo + 1 < blocks.length ? blocks[lo + 1] : d.length;
    while (s < end) {
      const c = this.cmp(word, s);
      const nl = d.indexOf('\n', s);
      if (c === 0) {
        const letters = d.slice(s + word.length + 1, nl);
        let cands = this.classes.get(letters);
        if (!cands) {
          const arr: number[] = [];
          for (let k = 0; k < letters.length; k++) arr.push(letters.charCodeAt(k) - 65);
          cands = arr;
          this.classes.set(letters, cands);
        }
        return cands;
      }
      if (c < 0) return undefined;
      s = nl + 1;
    }
    return undefined;
  }
}

export interface Lookup {
  get(word: string): Cands | undefined;
}

// ------------------------------------------------------------------------------------------------
// Unknown words (shared with the builder, which drops every entry this guesser already gets right)

const isVerbish = (c: Cands | undefined) => !!c && c.includes(VB);
const isAdj = (c: Cands | undefined) => !!c && c.includes(ADJ);

/** Candidates for an inflected form whose stem is in the lexicon, or undefined. `w` is lower-case. */
export function guessFromStem(w: string, lex: Lookup): Cands | undefined {
  const n = w.length;
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    const stems = w.endsWith('ies') ? [w.slice(0, -3) + 'y', w.slice(0, -1)] : w.endsWith('es') ? [w.slice(0, -1), w.slice(0, -2)] : [w.slice(0, -1)];
    for (const st of stems) {
      const c = lex.get(st);
      if (!c) continue;
      const out: number[] = [];
      for (const t of c) {
        if (t === NN && !out.includes(NNS)) out.push(NNS);
        else if (t === VB && !out.includes(VBZ)) out.push(VBZ);
      }
      if (out.length) return out;
    }
  }
  if (n > 4 && w.endsWith('ed')) {
    const base = w.slice(0, -2);
    const stems = [base, w.slice(0, -1), w.endsWith('ied') ? w.slice(0, -3) + 'y' : '', base.length > 2 && base[base.length - 1] === base[base.length - 2] ? base.slice(0, -1) : ''];
    for (const st of stems) if (st && isVerbish(lex.get(st))) return [VBD, VBN, ADJ];
  }
  if (n > 5 && w.endsWith('ing')) {
    const base = w.slice(0, -3);
    const stems = [base, base + 'e', base.length > 2 && base[base.length - 1] === base[base.length - 2] ? base.slice(0, -1) : ''];
    for (const st of stems) if (st && isVerbish(lex.get(st))) return [VBG, NN, ADJ];
  }
  if (n > 4 && w.endsWith('ly')) {
    const st = w.slice(0, -2);
    if (isAdj(lex.get(st)) || (w.endsWith('ily') && isAdj(lex.get(st.slice(0, -1) + 'y')))) return C_ADV;
  }
  if (n > 4 && (w.endsWith('er') || w.endsWith('est'))) {
    const st = w.endsWith('er') ? w.slice(0, -2) : w.slice(0, -3);
    if (isAdj(lex.get(st)) || isAdj(lex.get(st + 'e'))) return C_ADJ;
  }
  return undefined;
}

/** Candidates from the spelling alone (suffixes, shape). `w` is lower-case. */
export function guessFromShape(w: string): Cands {
  const n = w.length;
  if (w.includes('-') && n > 3) {
    const parts = w.split('-').filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    if (last.endsWith('s') && !last.endsWith('ss') && last.length > 2) return C_S;
    if (/^(?:over|re|co|pre|under|out|self)$/.test(parts[0] ?? '') && /(?:ate|ize|ise|fy)$/.test(last)) return [VB];
    return C_ADJ_NN;
  }
  if (n > 4 && w.endsWith('ing')) return C_VBG;
  if (n > 4 && w.endsWith('ed')) return C_ED;
  if (n > 3 && w.endsWith('ly')) return C_ADV;
  if (/(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|ist|hood|dom|ery|ure|age)$/.test(w) && n > 5) return C_NN;
  if (/(?:able|ible|ful|ous|ive|less|ical|ic|ish|ary|ant|ent|al)$/.test(w) && n > 5) return C_ADJ;
  if (/(?:ize|ise|ify|ate)$/.test(w) && n > 5) return C_VB_NN;
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return C_S;
  return C_NN;
}

const NUM_RE = /^[+-]?(?:\d[\d,.:/]*\d|\d)(?:st|nd|rd|th|s|k|m|%)?$/i;
const PUNCT_RE = /^[\p{P}]+$/u;
const SYMBOL_RE = /^[\p{S}%&#@*+=<>^~|]+$/u;
const HAS_LETTER = /\p{L}/u;
const SENTENCE_OPENER = /^[.!?:;"“(]+$/;

/** The guesser used for words not in the lexicon (`w` lower-case): morphology against the lexicon, then shape. */
export function guess(w: string, lex: Lookup): Cands {
  return guessFromStem(w, lex) ?? guessFromShape(w);
}

// ------------------------------------------------------------------------------------------------
// Closed-class word lists the rules look at (lower-case, apostrophes straightened)

const BE = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'m", "'re", "i'm", "you're", "we're", "they're", "he's", "she's", "it's", "that's", "there's", "isn't", "aren't", "wasn't", "weren't"]);
const HAVE = new Set(['have', 'has', 'had', 'having', "'ve", "i've", "you've", "we've", "they've", "hasn't", "haven't", "hadn't"]);
const SUBJ_3SG = new Set(['he', 'she', 'it', 'everyone', 'someone', 'everybody', 'somebody', 'nobody', 'this', 'that', 'who', 'which', 'one']);
const SUBJ = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'everyone', 'someone', 'everybody', 'somebody', 'nobody', 'who', 'that', 'which', 'this']);
const OBJ = new Set(['me', 'him', 'her', 'us', 'them', 'everyone', 'you', 'it']);
const DEGREE = new Set(['very', 'so', 'really', 'too', 'quite', 'extremely', 'more', 'most', 'less', 'least', 'truly', 'incredibly', 'especially', 'particularly', 'even', 'genuinely', 'highly', 'pretty', 'rather', 'deeply']);
const DO = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't"]);
const PARTICLE = new Set(['up', 'down', 'out', 'off', 'around', 'through', 'over']);
const ADV_AT_END = new Set(['before', 'after', 'since', 'ago', 'below', 'above', 'later', 'again', 'along', 'around', 'together']);
const CLAUSE_WORDS = new Set(['that', 'if', 'whether', 'because', 'when', 'how', 'why', 'where', 'while', 'although', 'though', 'who', 'which', 'what', 'like', 'than', 'unless', 'once', 'whenever']);
const CAUSATIVE = new Set(['help', 'helps', 'helped', 'let', 'lets', 'make', 'makes', 'made', 'see', 'saw', 'watch', 'hear', 'heard', 'have', 'had']);
const INFINITIVE_HEAD = new Set(['want', 'wants', 'wanted', 'like', 'love', 'hope', 'hoped', 'plan', 'plans', 'planned', 'need', 'needs', 'needed', 'able', 'going', 'seem', 'seems', 'seemed', 'try', 'tried', 'trying', 'writing', 'decided', 'expect', 'glad', 'happy', 'excited', 'eager', 'pleasure', 'chance', 'opportunity', 'time', 'way', 'ready', 'used', 'would', 'forward']);
const PLURAL_DET = new Set(['these', 'those', 'many', 'several', 'few', 'both', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'all', 'some', 'other']);

const isVerbTag = (t: number) => t >= VB && t <= VBG || t === MD;
const isNounTag = (t: number) => t === NN || t === NNS || t === PROPN;
const isClosed = (t: number) => t === PRON || t === DET || t === ADP || t === CC || t === MD || t === TO || t === POS;
const has = (c: Cands, t: number) => c.includes(t);
const firstOf = (c: Cands, ts: readonly number[]) => { for (const t of c) if (ts.includes(t)) return t; return -1; };
const VERBS = [VB, VBZ, VBD, VBN, VBG];
const FINITE_VERBS = [VBZ, VB, VBD];
const NOUNS = [NN, NNS, PROPN];

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
    return this.cands(token, normalize(token), sentenceInitial).map((t) => TAGS[t]);
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
    const seen = this.seen;
    for (let i = 0; i < n; i++) {
      const raw = tokens[i];
      let e = seen.get(raw);
      if (!e) {
        if (seen.size >= CACHE_LIMIT) seen.clear();
        e = { w: normalize(raw) };
        seen.set(raw, e);
      }
      let c: Cands | undefined = initial ? e.first : e.mid;
      if (!c) {
        c = this.cands(raw, e.w, initial);
        if (initial) e.first = c;
        else e.mid = c;
      }
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

/** Previous tag skipping adverbs (and "not"/"n't"), with its index. */
function prevSkippingAdv(i: number, tags: Uint8Array, words: string[]): number {
  let j = i - 1;
  while (j >= 0 && (tags[j] === ADV || words[j] === 'not')) j--;
  return j;
}

/** The contextual rules: pick one of `cands[i]` given the tags already chosen on the left and the candidates on the right. */
function choose(i: number, words: string[], cands: Cands[], tags: Uint8Array, clauseVerb: boolean): number {
  const c = cands[i];
  const w = words[i];
  const p1 = i > 0 ? tags[i - 1] : BOS;
  const pw = i > 0 ? words[i - 1] : '';
  const nc: Cands | undefined = cands[i + 1];
  const n1 = nc ? nc[0] : BOS;
  const nw = i + 1 < words.length ? words[i + 1] : '';
  const nextVerbCapable = !!nc && (n1 === VBZ || n1 === VB || n1 === VBD || n1 === MD || (nc.length > 1 && (has(nc, VBZ) || has(nc, VBD))));
  const jv = prevSkippingAdv(i, tags, words);
  const pv = jv >= 0 ? tags[jv] : BOS; // previous non-adverb tag
  const pvw = jv >= 0 ? words[jv] : '';
  const degreeBefore = i > 0 && DEGREE.has(pw);

  // ---- function words with their own rules
  switch (w) {
    case 'that':
      if (nc && (p1 === NN || p1 === NNS || p1 === PROPN) && (nextVerbCapable || has(nc, VBZ) || has(nc, VBD))) return PRON;
      if (nc && p1 === ADP && nextVerbCapable && !isNounTag(n1)) return PRON;
      if (nc && (n1 === PUNCT)) return PRON;
      if (isVerbTag(p1) || p1 === PRON || p1 === ADJ || p1 === ADV) return has(c, ADP) ? ADP : c[0];
      if (nc && (isNounTag(n1) || n1 === ADJ) && has(c, DET)) return DET;
      return has(c, ADP) ? ADP : c[0];
    case 'this': case 'these': case 'those':
      return nc && (isNounTag(n1) || n1 === ADJ || n1 === NUM || (has(nc, NN) && n1 !== VBZ)) ? DET : PRON;
    case "'s": case '’s':
      if (p1 === PRON || p1 === BOS) return has(c, VBZ) ? VBZ : c[0];
      return has(c, POS) ? POS : c[0];
    case 'like':
      if (p1 === MD || p1 === TO || (p1 === PRON && SUBJ.has(pw)) || pw === "n't" || pw === 'not' || pw === 'would') return VB;
      return ADP;
    case 'as':
      if (nc && (n1 === ADJ || n1 === ADV) && words[i + 2] === 'as') return ADV;
      return ADP;
    case 'about':
      return n1 === NUM ? ADV : ADP;
    case 'more': case 'most': case 'less': case 'least':
      if (nw === 'of') return ADJ;
      return nc && (n1 === ADJ || n1 === ADV) && !has(nc, NN) ? ADV : nc && (n1 === ADJ || n1 === ADV) && nc.length <= 2 ? ADV : ADJ;
    case 'much':
      return nc && (n1 === ADJ || n1 === ADV) ? ADV : c[0];
    case 'there':
      return BE.has(nw) || nw === "'s" ? PRON : ADV;
    case 'please':
      return p1 === TO || p1 === MD || (p1 === PRON && SUBJ.has(pw)) ? VB : INTJ;
    case 'so': case 'well': case 'forward':
      return has(c, ADV) ? ADV : c[0];
    case 'early': case 'late': case 'daily': case 'weekly': case 'monthly': case 'yearly':
      return nc && isNounTag(n1) && has(c, ADJ) ? ADJ : has(c, ADV) ? ADV : c[0];
  }
  if (PARTICLE.has(w) && has(c, ADP)) return ADP;
  if (ADV_AT_END.has(w) && has(c, ADV) && (!nc || n1 === PUNCT || n1 === CC)) return ADV;

  const vb = firstOf(c, VERBS);
  const nn = firstOf(c, NOUNS);
  const ing = w.endsWith('ing');
  const ed = w.endsWith('ed') || (has(c, VBN) && has(c, VBD));

  // ---- after "to": an infinitive if the word has a verb reading
  if (p1 === TO) {
    if (has(c, VB)) return VB;
    if (vb >= 0) {
      const head = i >= 2 ? words[i - 2] : '';
      const headTag = i >= 2 ? tags[i - 2] : BOS;
      const infinitival = isVerbTag(headTag) || headTag === ADJ || headTag === MD || INFINITIVE_HEAD.has(head);
      const objectNext = !!nc && (n1 === PRON || n1 === DET);
      if (infinitival || objectNext || nn < 0) return vb;
      return nn;
    }
    return c[0];
  }

  // ---- after a modal (adverbs may stand between): the verb
  if (pv === MD) {
    if (has(c, VB)) return VB;
    if (vb >= 0) return vb;
  }

  // ---- after do-support ("did not know", "don't think"): the base verb
  if (DO.has(pvw) && (pv === VB || pv === VBZ || pv === VBD) && has(c, VB)) return VB;

  // ---- after have/has/had: participle
  if (pv !== BOS && HAVE.has(pvw) && (isVerbTag(pv) || pvw.includes("'")) && vb >= 0) {
    if (has(c, VBN)) return VBN;
    if (ed || has(c, VBD)) return has(c, VBD) ? VBD : vb;
  }

  // ---- after a form of "be": progressive, passive or predicative adjective
  if (pv !== BOS && (BE.has(pvw) || pvw === "'s" && pv === VBZ) && (isVerbTag(pv) || pvw.includes("'"))) {
    if (ing) {
      if (c[0] === ADJ || (degreeBefore && has(c, ADJ))) return ADJ;
      if (has(c, VBG)) return VBG;
    }
    if (ed || has(c, VBN)) {
      if (c[0] === ADJ || (degreeBefore && has(c, ADJ))) return ADJ;
      if (has(c, VBN)) return VBN;
      if (has(c, ADJ)) return ADJ;
    }
    if (has(c, ADJ) && (degreeBefore || c[0] !== NN)) return c[0] === ADJ || degreeBefore ? ADJ : c[0];
  }

  // ---- degree adverb before an adjective reading: adjective ("very interesting", "so excited", "very kind")
  if (degreeBefore && has(c, ADJ) && !(nc && isNounTag(n1) && !has(nc, ADJ) && c[0] !== ADJ && !ing && !ed)) return ADJ;
  // ---- coordinated adjectives: "curious, kind, and sharp"
  if (has(c, ADJ) && (p1 === PUNCT || p1 === CC) && i >= 2 && tags[i - 2] === ADJ && !(nc && isNounTag(n1))) return ADJ;
  // ---- attributive adjective before a noun, whatever came before
  if (has(c, ADJ) && c[0] === ADJ && nc && isNounTag(n1) && p1 !== DET) return ADJ;

  // ---- inside a noun phrase: after a determiner, possessive, adjective or number
  const wholePossessive = isNounTag(p1) && (pw.endsWith("'s") || pw.endsWith("s'")) && pw.length > 3;
  if (p1 === DET || p1 === POS || p1 === ADJ || p1 === NUM || wholePossessive) {
    const nextIsNoun = !!nc && (isNounTag(n1) || (has(nc, NN) && n1 !== VBZ && n1 !== ADV && n1 !== ADP && (n1 !== VB || p1 === DET) && n1 !== VBD));
    if (has(c, ADJ) && nextIsNoun) {
      if (ing && nn >= 0 && c[0] !== ADJ) return nn;
      if (c[0] === NNS) return NNS;
      return ADJ;
    }
    if (ed && nextIsNoun && (has(c, ADJ) || has(c, VBN))) return has(c, ADJ) ? ADJ : VBN;
    if (nn >= 0) {
      if (ing && has(c, VBG) && nc && (n1 === DET || n1 === PRON)) return VBG;
      return nn;
    }
    if (has(c, ADJ)) return ADJ;
    if (ing && has(c, VBG)) return VBG;
  }

  // ---- after a subject pronoun: a finite verb
  if (pv === PRON && SUBJ.has(pvw) && vb >= 0 && !(nc && isNounTag(n1) && nn >= 0 && !isVerbTag(c[0]) && pvw !== 'i' && pvw !== 'we' && pvw !== 'they')) {
    if (SUBJ_3SG.has(pvw) && has(c, VB) && has(c, VBD)) return VBD;
    const fin = firstOf(c, FINITE_VERBS);
    if (fin >= 0) return fin === VB && has(c, VBD) && c.indexOf(VBD) < c.indexOf(VB) ? VBD : fin;
    if (has(c, VBN) && !ing) return VBD;
    return vb;
  }
  // object pronoun (or "everyone") then a bare verb: "let me know", "made everyone laugh"
  if (p1 === PRON && OBJ.has(pw) && has(c, VB) && i >= 2 && isVerbTag(tags[i - 2]) && CAUSATIVE.has(words[i - 2])) return VB;
  if (p1 === PRON && OBJ.has(pw) && ing && has(c, VBG)) return VBG;

  // ---- after a noun in a clause that has no verb yet: is this the verb?
  if ((p1 === NN || p1 === NNS || p1 === PROPN) && !clauseVerb && vb >= 0) {
    const singular = p1 === NN || p1 === PROPN;
    if (singular && has(c, VBZ) && w.endsWith('s') && !(i >= 2 && PLURAL_DET.has(words[i - 2]))) return VBZ;
    if (singular && has(c, VBD) && has(c, VB)) return VBD;
    if (!singular && has(c, VB) && !nextVerbCapable) return VB;
    if (ed && (has(c, VBD))) return VBD;
    if (isVerbTag(c[0])) return c[0];
  }
  if ((p1 === NN || p1 === NNS || p1 === PROPN) && clauseVerb && nn >= 0 && !isVerbTag(c[0])) return nn;

  // ---- right after a finite verb: an object noun, or an -ing complement
  if (isVerbTag(p1) && p1 !== VBG) {
    if (ing && has(c, VBG)) return VBG;
    if (p1 === VB && CAUSATIVE.has(pw) && has(c, VB)) return VB;
    if (nn >= 0 && vb >= 0 && (p1 === VBD || p1 === VBZ || p1 === VBN || (p1 === VB && !CAUSATIVE.has(pw)))) return nn;
  }

  // ---- after a preposition: nouns, or gerunds that take an object
  if (p1 === ADP || p1 === CC && i >= 2 && tags[i - 2] === VBG) {
    if (has(c, VB) && !ing && OBJ.has(nw) && nw !== 'you' && nw !== 'it') return VB; // "for give me": nouns take no object pronoun
    if (ing && has(c, VBG)) {
      if (!nc || n1 === PUNCT) return c[0] === NN ? NN : VBG;
      if (n1 === DET || n1 === PRON || n1 === ADJ || n1 === ADV || n1 === ADP || n1 === TO || n1 === PROPN || n1 === NUM) return VBG;
      return c[0] === VBG || c[0] === NN ? c[0] : VBG;
    }
    if (nn >= 0) return nn;
  }

  // ---- sentence or clause start: a gerund subject, an imperative
  if (p1 === BOS || p1 === PUNCT) {
    if (ing && has(c, VBG)) return VBG;
  }

  // ---- attributive participles and adjectives before a noun
  if (nc && isNounTag(n1) && has(c, ADJ) && (ed || c[0] === ADJ)) return ADJ;

  return c[0];
}
