// Maps each candidate's tags to the bake-off's coarse tag set (documented in bench/tagger-bakeoff.md).
export const GOLD_TAGS = ['NN', 'NNS', 'PROPN', 'PRON', 'DET', 'ADJ', 'ADV', 'ADP', 'TO', 'CC', 'NUM', 'MD', 'VB', 'VBZ', 'VBD', 'VBN', 'VBG', 'POS', 'INTJ', 'PUNCT', 'SYM', 'X'];

const PENN = {
  NN: 'NN', NNS: 'NNS', NNP: 'PROPN', NNPS: 'PROPN', PRP: 'PRON', 'PRP$': 'DET', 'WP$': 'DET', WP: 'PRON', WDT: 'PRON',
  DT: 'DET', PDT: 'DET', EX: 'PRON', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', RB: 'ADV', RBR: 'ADV', RBS: 'ADV', WRB: 'ADV',
  IN: 'ADP', RP: 'ADP', TO: 'TO', CC: 'CC', CD: 'NUM', MD: 'MD', VB: 'VB', VBP: 'VB', VBZ: 'VBZ', VBD: 'VBD', VBN: 'VBN',
  VBG: 'VBG', POS: 'POS', UH: 'INTJ', FW: 'X', LS: 'X', SYM: 'SYM', $: 'SYM', '#': 'SYM', URL: 'X',
};
// Penn tags these NN; UD (and the gold set) PRON: a tag-set convention, converted for every candidate.
const INDEF_PRON = new Set(['everyone', 'someone', 'anyone', 'no-one', 'everybody', 'somebody', 'anybody', 'nobody', 'everything', 'something', 'anything', 'nothing']);
/** Penn Treebank tag (+ the word) -> coarse tag. */
export function fromPenn(tag, word = '') {
  if (INDEF_PRON.has(word.toLowerCase()) && (tag === 'NN' || tag === 'NNP')) return 'PRON';
  if (PENN[tag]) return PENN[tag];
  if (/^[^A-Za-z]+$/.test(tag)) return 'PUNCT';
  return 'X';
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'feet', 'teeth', 'mice', 'geese', 'criteria', 'phenomena']);
const POSS_DET = new Set(['my', 'your', 'his', 'its', 'our', 'their', 'whose']);
const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', "'ll", "'d", 'ca', 'wo']);
const BE_HAVE_DO = {
  am: 'VB', are: 'VB', be: 'VB', "'m": 'VB', "'re": 'VB', is: 'VBZ', "'s": 'VBZ', was: 'VBD', were: 'VBD', been: 'VBN', being: 'VBG',
  have: 'VB', "'ve": 'VB', has: 'VBZ', had: 'VBD', having: 'VBG', do: 'VB', does: 'VBZ', did: 'VBD', done: 'VBN', doing: 'VBG',
};

/**
 * Verb form from the word and its lemma, for taggers without verb-form tags (wink-nlp's UD tags).
 * -ed forms are VBN after a have/be form within three tokens, VBD otherwise.
 */
export function verbForm(word, lemma, prevWords) {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (BE_HAVE_DO[w]) return BE_HAVE_DO[w];
  const l = (lemma || w).toLowerCase();
  if (w.endsWith('ing') && l !== w) return 'VBG';
  if (w === l) return 'VB';
  if (w.endsWith('s') && (w === l + 's' || w === l + 'es' || (l.endsWith('y') && w === l.slice(0, -1) + 'ies'))) return 'VBZ';
  return pastForm(prevWords);
}

/** VBN after a have/be form within the three previous words, else VBD. */
export function pastForm(prevWords) {
  const back = prevWords.slice(-3).map((x) => String(x).toLowerCase());
  if (back.some((x) => /^(?:have|has|had|'ve|having|is|are|was|were|be|been|being|am|'m|'re)$/.test(x))) return 'VBN';
  return 'VBD';
}

/** UD tag (+ word, lemma, preceding words) -> coarse tag. */
export function fromUD(pos, word, lemma, prevWords) {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (w === 'to' && (pos === 'ADP' || pos === 'PART')) return 'TO';
  if (INDEF_PRON.has(w) && (pos === 'NOUN' || pos === 'PROPN')) return 'PRON';
  switch (pos) {
    case 'NOUN': return w !== (lemma || w).toLowerCase() && (/s$/.test(w) || IRREGULAR_PLURALS.has(w)) ? 'NNS' : 'NN';
    case 'PROPN': return 'PROPN';
    case 'PRON': return POSS_DET.has(w) ? 'DET' : 'PRON';
    case 'DET': return 'DET';
    case 'ADJ': return 'ADJ';
    case 'ADV': return 'ADV';
    case 'ADP': case 'SCONJ': return 'ADP';
    case 'PART': return w === 'to' ? 'TO' : w === 'not' || w === "n't" ? 'ADV' : w === "'s" || w === "'" ? 'POS' : 'ADP';
    case 'CCONJ': return 'CC';
    case 'NUM': return 'NUM';
    case 'AUX': if (MODALS.has(w)) return 'MD'; return verbForm(word, lemma, prevWords);
    case 'VERB': return verbForm(word, lemma, prevWords);
    case 'INTJ': return 'INTJ';
    case 'PUNCT': return 'PUNCT';
    case 'SYM': return 'SYM';
    default: return 'X';
  }
}

/** compromise term tags (a Set or array) + word -> coarse tag. */
export function fromCompromise(tagsIn, word, prevWords) {
  const tags = tagsIn instanceof Set ? tagsIn : new Set(tagsIn);
  const w = word.toLowerCase().replace(/’/g, "'");
  if (w === 'to' && !tags.has('Verb')) return 'TO';
  if (tags.has('Modal')) return 'MD';
  if (POSS_DET.has(w) && (tags.has('Possessive') || tags.has('Pronoun'))) return 'DET';
  if (tags.has('Pronoun') || INDEF_PRON.has(w)) return 'PRON';
  if (tags.has('QuestionWord')) return /^(?:how|when|why|where)$/.test(w) ? 'ADV' : 'PRON';
  if (tags.has('Determiner')) return 'DET';
  if (tags.has('Preposition')) return 'ADP';
  if (tags.has('Conjunction')) return /^(?:and|or|but|nor|&)$/.test(w) ? 'CC' : 'ADP';
  if (tags.has('Negative')) return 'ADV';
  if (tags.has('Verb')) {
    if (BE_HAVE_DO[w]) return BE_HAVE_DO[w];
    if (tags.has('Gerund')) return 'VBG';
    if (tags.has('Participle') || tags.has('PerfectTense') || tags.has('Passive')) return 'VBN';
    if (tags.has('PastTense')) return pastForm(prevWords); // VBN after have/be, else VBD (compromise rarely marks it)
    if (tags.has('Infinitive') || tags.has('Imperative')) return BE_HAVE_DO[w] && BE_HAVE_DO[w] !== 'VB' ? BE_HAVE_DO[w] : 'VB';
    if (tags.has('PresentTense')) return BE_HAVE_DO[w] ?? (/[^s]s$/.test(w) ? 'VBZ' : 'VB');
    return BE_HAVE_DO[w] ?? (w.endsWith('ing') ? 'VBG' : /ed$/.test(w) ? 'VBD' : /[^s]s$/.test(w) ? 'VBZ' : 'VB');
  }
  if (tags.has('Value') || tags.has('Cardinal') || tags.has('NumericValue')) return tags.has('Ordinal') ? 'ADJ' : 'NUM';
  if (tags.has('Adjective') || tags.has('Comparable') || tags.has('Ordinal')) return 'ADJ';
  if (tags.has('Adverb')) return 'ADV';
  if (tags.has('Noun')) {
    if (tags.has('ProperNoun') || tags.has('Person') || tags.has('Place') || tags.has('Organization')) return 'PROPN';
    if (tags.has('Plural')) return 'NNS';
    return 'NN';
  }
  if (tags.has('Expression')) return 'INTJ';
  if (tags.has('QuestionWord')) return 'ADV';
  return 'X';
}

/**
 * Aligns a candidate's own tokens to the gold tokens by character offsets. `spans`: [{ start, end, tags: string[] }]
 * (several tags when the candidate keeps a contraction as one token but knows its parts). A gold token takes the
 * tag of the span that covers its first character; several gold tokens inside one span take its tags in order.
 * A gold token that covers several spans takes the last non-punctuation one. Uncovered: 'PUNCT' if the token is
 * punctuation, else 'X'.
 */
export function align(goldTokens, spans) {
  const out = [];
  const used = new Map();
  for (const g of goldTokens) {
    const inside = spans.filter((s) => s.start < g.end && s.end > g.start);
    if (!inside.length) { out.push(/^[^\p{L}\p{N}]+$/u.test(g.text) ? 'PUNCT' : 'X'); continue; }
    const cover = inside.find((s) => s.start <= g.start && s.end > g.start);
    if (cover && cover.end >= g.end) {
      const k = used.get(cover) ?? 0;
      used.set(cover, k + 1);
      out.push(cover.tags[Math.min(k, cover.tags.length - 1)]);
      continue;
    }
    const words = inside.filter((s) => s.tags[0] !== 'PUNCT');
    out.push((words.length ? words[words.length - 1] : inside[inside.length - 1]).tags[0]);
  }
  return out;
}

/** Offsets of a candidate's token strings in `text`, searched in order. */
export function locate(text, tokenTexts) {
  const spans = [];
  let at = 0;
  for (const t of tokenTexts) {
    if (!t) { spans.push({ start: at, end: at }); continue; }
    let i = text.indexOf(t, at);
    if (i < 0) i = text.toLowerCase().indexOf(t.toLowerCase(), at);
    if (i < 0) { spans.push({ start: at, end: at }); continue; }
    spans.push({ start: i, end: i + t.length });
    at = i + t.length;
  }
  return spans;
}
