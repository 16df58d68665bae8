// natural's BrillPOSTagger (code MIT; English lexicon and rules taken from pos-js, LGPL-3.0).
import brill from 'natural/lib/natural/brill_pos_tagger/index.js';
import { fromPenn } from '../lib/map.mjs';
export function create() {
  const lexicon = new brill.Lexicon('EN', 'NN', 'NNP');
  const rules = new brill.RuleSet('EN');
  const tagger = new brill.BrillPOSTagger(lexicon, rules);
  return {
    input: 'tokens',
    run: (tokens) => tagger.tag(tokens.slice()).taggedWords,
    gold: (s) => tagger.tag(s.tokens.map((t) => t.text)).taggedWords.map((x) => fromPenn(x.tag, x.token)),
  };
}
