// wink-pos-tagger (MIT; wink-lexicon data partly from fnTBL and WordNet).
import posTagger from 'wink-pos-tagger';
import { fromPenn } from '../lib/map.mjs';
export function create() {
  const tagger = posTagger();
  return {
    input: 'tokens',
    run: (tokens) => tagger.tagRawTokens(tokens),
    gold: (s) => tagger.tagRawTokens(s.tokens.map((t) => t.text)).map((x) => fromPenn(x.pos, x.value)),
  };
}
