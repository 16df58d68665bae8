// The tag set of the compact part-of-speech tagger (see bench/tagger-bakeoff.md §4): coarse tags chosen
// for grammar rules. Tag ids are indices into TAGS; the packed lexicon writes tag id n as the letter 'A' + n.

export const TAGS = [
  'NN', 'NNS', 'PROPN', 'PRON', 'DET', 'ADJ', 'ADV', 'ADP', 'TO', 'CC', 'NUM', 'MD',
  'VB', 'VBZ', 'VBD', 'VBN', 'VBG', 'POS', 'INTJ', 'PUNCT', 'SYM', 'X',
] as const;
export type TagName = (typeof TAGS)[number];

// Tag ids (indices into TAGS); letters A.. in the packed lexicon are the same ids.
export const NN = 0, NNS = 1, PROPN = 2, PRON = 3, DET = 4, ADJ = 5, ADV = 6, ADP = 7, TO = 8, CC = 9,
  NUM = 10, MD = 11, VB = 12, VBZ = 13, VBD = 14, VBN = 15, VBG = 16, POS = 17, INTJ = 18, PUNCT = 19,
  SYM = 20, X = 21;
export const BOS = 255; // "tag" before the first token

export type Cands = readonly number[];
