// en-pos (MIT) with en-lexicon (MIT): initial() + smooth() (its Brill-rule pass).
import { Tag } from 'en-pos';
import { fromPenn } from '../lib/map.mjs';
export function create() {
  return {
    input: 'tokens',
    run: (tokens) => new Tag(tokens.slice()).initial().smooth().tags,
    gold: (s) => new Tag(s.tokens.map((t) => t.text)).initial().smooth().tags.map((t, i) => fromPenn(t, s.tokens[i].text)),
  };
}
