// The tagger's lexicon at run time: the packed word -> tags table made at build time
// (scripts/tagger-lexicon.ts), looked up by binary search over sampled offsets, and the guesser for
// words it does not hold (morphology against the lexicon, then suffixes and shape). The guesser is
// shared with the build step, which drops every entry it already predicts.
import { ADJ, ADV, NN, NNS, VB, VBD, VBG, VBN, VBZ, type Cands } from './tags';

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


const one = (t: number): Cands => [t];
export const C_NN = one(NN), C_ADV = one(ADV), C_ADJ = one(ADJ), C_NNS = one(NNS);
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


/** The guesser used for words not in the lexicon (`w` lower-case): morphology against the lexicon, then shape. */
export function guess(w: string, lex: Lookup): Cands {
  return guessFromStem(w, lex) ?? guessFromShape(w);
}
