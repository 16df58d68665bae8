// The tagger's contextual rules: one left-to-right pass that picks one tag per token from its
// candidates, given the tags already chosen on the left and the candidates on the right. Written for
// the forms learners use: the form written is the form tagged ("she have" -> VB, "can helps" -> VBZ).
import {
  ADJ, ADP, ADV, BOS, CC, DET, INTJ, MD, NN, NNS, NUM, POS, PRON, PROPN, PUNCT, TO, VB, VBD, VBG, VBN, VBZ, type Cands,
} from './tags';

// Closed-class word lists the rules look at (lower-case, apostrophes straightened)

const BE = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'m", "'re", "i'm", "you're", "we're", "they're", "he's", "she's", "it's", "that's", "there's", "isn't", "aren't", "wasn't", "weren't"]);
const HAVE = new Set(['have', 'has', 'had', 'having', "'ve", "i've", "you've", "we've", "they've", "hasn't", "haven't", "hadn't"]);
const SUBJ_3SG = new Set(['he', 'she', 'it', 'everyone', 'someone', 'everybody', 'somebody', 'nobody', 'this', 'that', 'who', 'which', 'one']);
const SUBJ = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'everyone', 'someone', 'everybody', 'somebody', 'nobody', 'who', 'that', 'which', 'this']);
/** Subject words that also stand before a noun as its determiner ("which shift", "that team"). */
const DETERMINER_LIKE = new Set(['which', 'that', 'this', 'who', 'it']);
const OBJ = new Set(['me', 'him', 'her', 'us', 'them', 'everyone', 'you', 'it']);
const DEGREE = new Set(['very', 'so', 'really', 'too', 'quite', 'extremely', 'more', 'most', 'less', 'least', 'truly', 'incredibly', 'especially', 'particularly', 'even', 'genuinely', 'highly', 'pretty', 'rather', 'deeply']);
/** Finite auxiliaries that follow a subject ("… delays were", "… leads have", "… plans will"). */
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "won't", "can't"]);
const DO = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't"]);
const PARTICLE = new Set(['up', 'down', 'out', 'off', 'around', 'through', 'over']);
const ADV_AT_END = new Set(['before', 'after', 'since', 'ago', 'below', 'above', 'later', 'again', 'along', 'around', 'together']);
export const CLAUSE_WORDS = new Set(['that', 'if', 'whether', 'because', 'when', 'how', 'why', 'where', 'while', 'although', 'though', 'who', 'which', 'what', 'like', 'than', 'unless', 'once', 'whenever']);
const CAUSATIVE = new Set(['help', 'helps', 'helped', 'let', 'lets', 'make', 'makes', 'made', 'see', 'saw', 'watch', 'hear', 'heard', 'have', 'had']);
const INFINITIVE_HEAD = new Set(['want', 'wants', 'wanted', 'like', 'love', 'hope', 'hoped', 'plan', 'plans', 'planned', 'need', 'needs', 'needed', 'able', 'going', 'seem', 'seems', 'seemed', 'try', 'tried', 'trying', 'writing', 'decided', 'expect', 'glad', 'happy', 'excited', 'eager', 'pleasure', 'chance', 'opportunity', 'time', 'way', 'ready', 'used', 'would', 'forward']);
const FREQUENCY = new Set(['always', 'usually', 'often', 'never', 'sometimes', 'also', 'still', 'rarely', 'seldom', 'typically', 'generally', 'normally', 'regularly', 'already', 'now', 'just', 'occasionally', 'frequently']);
const PLURAL_DET = new Set(['these', 'those', 'many', 'several', 'few', 'both', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'all', 'some', 'other']);

export const isVerbTag = (t: number) => (t >= VB && t <= VBG) || t === MD;
const isNounTag = (t: number) => t === NN || t === NNS || t === PROPN;
export const isClosed = (t: number) => t === PRON || t === DET || t === ADP || t === CC || t === MD || t === TO || t === POS;
const has = (c: Cands, t: number) => c.includes(t);
const firstOf = (c: Cands, ts: readonly number[]) => { for (const t of c) if (ts.includes(t)) return t; return -1; };
const VERBS = [VB, VBZ, VBD, VBN, VBG];
const FINITE_VERBS = [VBZ, VB, VBD];
const NOUNS = [NN, NNS, PROPN];

/** Previous tag skipping adverbs (and "not"/"n't"), with its index. */
function prevSkippingAdv(i: number, tags: Uint8Array, words: string[]): number {
  let j = i - 1;
  while (j >= 0 && (tags[j] === ADV || words[j] === 'not')) j--;
  return j;
}

/** The contextual rules: pick one of `cands[i]` given the tags already chosen on the left and the candidates on the right. */
export function choose(i: number, words: string[], cands: Cands[], tags: Uint8Array, clauseVerb: boolean): number {
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
    case 'will':
      // a noun after a determiner ("the will to"), else the modal ("how long will the training last")
      if (p1 === DET || p1 === POS || (p1 === ADJ && i >= 2 && tags[i - 2] === DET)) return has(c, NN) ? NN : c[0];
      return has(c, MD) ? MD : c[0];
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
  // (a noun after "which"/"that"/"this" is that word's noun: "which shift"; after a personal pronoun it is the verb: "she trusts Luis")
  if (pv === PRON && SUBJ.has(pvw) && vb >= 0 && !(nc && isNounTag(n1) && nn >= 0 && !isVerbTag(c[0]) && DETERMINER_LIKE.has(pvw))) {
    if (SUBJ_3SG.has(pvw) && has(c, VB) && has(c, VBD)) return VBD;
    const fin = firstOf(c, FINITE_VERBS);
    if (fin >= 0) return fin === VB && has(c, VBD) && c.indexOf(VBD) < c.indexOf(VB) ? VBD : fin;
    if (has(c, VBN) && !ing) return VBD;
    return vb;
  }
  // object pronoun (or "everyone") then a bare verb: "let me know", "made everyone laugh"
  if (p1 === PRON && OBJ.has(pw) && has(c, VB) && i >= 2 && isVerbTag(tags[i - 2]) && CAUSATIVE.has(words[i - 2])) return VB;
  if (p1 === PRON && OBJ.has(pw) && ing && has(c, VBG)) return VBG;

  // ---- a noun reading right before a finite "be", "have" or a modal is the subject's head ("the supply chain delays were")
  if (nn >= 0 && (p1 === NN || p1 === NNS || p1 === PROPN || p1 === ADJ) && FINITE_AUX.has(nw)) return w.endsWith('s') && has(c, NNS) ? NNS : nn;

  // ---- after a noun in a clause that has no verb yet: is this the verb? (a frequency adverb may stand
  // between: "the new hire always shadows")
  const subjectNoun = isNounTag(p1) ? p1 : p1 === ADV && FREQUENCY.has(pw) && isNounTag(pv) ? pv : -1;
  if (subjectNoun >= 0 && !clauseVerb && vb >= 0) {
    const singular = subjectNoun === NN || subjectNoun === PROPN;
    if (singular && has(c, VBZ) && w.endsWith('s') && !(i >= 2 && PLURAL_DET.has(words[i - 2]))) return VBZ;
    if (singular && has(c, VBD) && has(c, VB)) return VBD;
    if (!singular && has(c, VB) && !nextVerbCapable) return VB;
    if (ed && (has(c, VBD))) return VBD;
    if (isVerbTag(c[0])) return c[0];
    // after "always", "usually" … a word with a verb reading is the verb, as written ("always shadow")
    if (p1 === ADV) return firstOf(c, FINITE_VERBS) >= 0 ? firstOf(c, FINITE_VERBS) : vb;
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
