// pos (pos-js / fasttag, LGPL-3.0): lexicon + Brill transformation rules.
import pos from 'pos';
import { fromPenn } from '../lib/map.mjs';
export function create() {
  const tagger = new pos.Tagger();
  return {
    input: 'tokens',
    run: (tokens) => tagger.tag(tokens),
    gold: (s) => tagger.tag(s.tokens.map((t) => t.text)).map((x) => fromPenn(x[1], x[0])),
  };
}
