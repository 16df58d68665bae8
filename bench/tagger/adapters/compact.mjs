// The prototype compact tagger (bench/tagger/compact): packed en-lexicon data + contextual rules.
// Data in a file beside the bundle (like the spelling dictionary), read on the first call.
import { readFileSync } from 'node:fs';
import { CompactTagger, parsePackedLexicon } from '../compact/tagger.ts';

/* global __TAGGER_LEXICON_FILE__ */
export function create() {
  let tagger;
  const get = () => (tagger ??= new CompactTagger(parsePackedLexicon(readFileSync(__TAGGER_LEXICON_FILE__, 'latin1'))));
  return {
    input: 'tokens',
    run: (tokens) => get().tagIds(tokens),
    gold: (s) => get().tag(s.tokens.map((t) => t.text)),
  };
}
