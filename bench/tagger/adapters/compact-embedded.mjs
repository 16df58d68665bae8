// The prototype compact tagger (bench/tagger/compact), packed lexicon embedded in the bundle as a JS string.
import packed from 'thanks-tagger-lexicon'; // aliased by run.mjs to the generated lexicon module
import { CompactTagger } from '../compact/tagger.ts';
export function create() {
  const tagger = new CompactTagger(packed);
  return {
    input: 'tokens',
    run: (tokens) => tagger.tagIds(tokens),
    gold: (s) => tagger.tag(s.tokens.map((t) => t.text)),
  };
}
