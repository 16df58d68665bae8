// wink-nlp + wink-eng-lite-web-model (MIT). Runs its own tokeniser; pipeline limited to sbd + pos.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { align, fromUD } from '../lib/map.mjs';

export function create() {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return {
    input: 'text',
    run: (text) => nlp.readDoc(text).tokens().out(its.pos),
    gold(sentence) {
      const doc = nlp.readDoc(sentence.text);
      const values = doc.tokens().out(its.value);
      const pos = doc.tokens().out(its.pos);
      const lemmas = doc.tokens().out(its.lemma);
      const spaces = doc.tokens().out(its.precedingSpaces);
      const spans = [];
      let at = 0;
      values.forEach((v, i) => {
        at += spaces[i].length;
        const k = sentence.text.indexOf(v, at);
        const start = k >= 0 ? k : at;
        spans.push({ start, end: start + v.length, tags: [fromUD(pos[i], v, lemmas[i], values.slice(0, i))] });
        at = start + v.length;
      });
      return align(sentence.tokens, spans);
    },
  };
}
