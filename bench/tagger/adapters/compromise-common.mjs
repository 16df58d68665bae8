import { align, fromCompromise } from '../lib/map.mjs';

export function makeCompromise(nlp) {
  return {
    input: 'text',
    run(text) {
      const doc = nlp(text);
      let n = 0;
      for (const s of doc.document) for (const t of s) n += t.tags.size;
      return n;
    },
    gold(sentence) {
      const json = nlp(sentence.text).json({ offset: true, terms: { offset: true } });
      const terms = json.flatMap((s) => s.terms);
      const spans = [];
      const prev = [];
      for (const t of terms) {
        const tag = fromCompromise(t.tags, t.implicit || t.text || t.normal, prev);
        prev.push(t.implicit || t.text);
        const start = t.offset.start;
        const end = start + t.offset.length;
        if (t.offset.length === 0 && spans.length) { spans[spans.length - 1].tags.push(tag); continue; }
        const tags = [tag];
        if (t.tags.includes('Possessive') && /['’]s$/.test(t.text)) { spans.push({ start, end: end - 2, tags }); spans.push({ start: end - 2, end, tags: ['POS'] }); continue; }
        if (/^\$/.test(t.text)) { spans.push({ start, end: start + 1, tags: ['SYM'] }); spans.push({ start: start + 1, end, tags }); continue; }
        if (/%$/.test(t.text)) { spans.push({ start, end: end - 1, tags }); spans.push({ start: end - 1, end, tags: ['SYM'] }); continue; }
        spans.push({ start, end, tags });
        // compromise attaches punctuation to terms: emit it as its own span
        const post = (t.post || '').trim();
        if (post) spans.push({ start: end, end: end + (t.post.length), tags: ['PUNCT'] });
      }
      return align(sentence.tokens, spans);
    },
  };
}
