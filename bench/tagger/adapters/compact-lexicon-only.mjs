// Ablation: the compact tagger's lexicon + guesser, first candidate only (no contextual rules).
import packed from 'thanks-tagger-lexicon';
import { CompactTagger } from '../compact/tagger.ts';
export function create() {
  const tagger = new CompactTagger(packed);
  return {
    input: 'tokens',
    run: (tokens) => tokens.map((t, i) => tagger.candidates(t, i === 0)[0]),
    gold: (s) => s.tokens.map((t, i) => tagger.candidates(t.text, i === 0)[0]),
  };
}
