import type { Fix, Rule } from '../types';
import type { Sentence } from '../../document/model';

/** Longer sentences get a coaching hint… */
export const LONG_SENTENCE = 25;
/** …and from here a warning. */
export const VERY_LONG_SENTENCE = 40;

// Where a long sentence can become two: "; ", or ", and/but/so" before a new clause (a subject follows).
const JOINT = /(;\s+)|(,\s+(and|but|so)\s+)(?=(?:I|we|you|he|she|they|it|my|our|your|their|this|these|the|there)\b)/gi;

/** A quick fix that splits the sentence at the joint nearest its middle, both halves at least 6 words. */
function splitFix(text: string, s: Sentence): Fix | undefined {
  const words = s.words;
  let best: { at: number; end: number; keep?: string } | undefined;
  let bestDistance = Infinity;
  const middle = (s.start + s.end) / 2;
  JOINT.lastIndex = 0;
  for (let m = JOINT.exec(s.text); m; m = JOINT.exec(s.text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const before = words.filter((w) => w.end <= at).length;
    const after = words.filter((w) => w.start >= end).length;
    if (before < 6 || after < 6) continue;
    // the joint must be written as such in the note (not inside code or a link)
    if (text.slice(at, end) !== m[0]) continue;
    const distance = Math.abs(at - middle);
    if (distance < bestDistance) {
      bestDistance = distance;
      const conj = m[3]?.toLowerCase();
      best = { at, end, keep: conj === 'but' ? 'But ' : conj === 'so' ? 'So ' : undefined };
    }
  }
  if (!best) return undefined;
  const next = text[best.end];
  const rest = best.keep ? next : next.toUpperCase();
  return {
    title: 'Split into two sentences',
    edits: [{ start: best.at, end: best.end + 1, newText: `. ${best.keep ?? ''}${rest}` }],
    safe: false,
    preferred: true,
  };
}

export const rule: Rule = {
  meta: {
    id: 'readability/sentence-length',
    category: 'readability',
    defaultSeverity: 'hint',
    description: `Sentences over ${LONG_SENTENCE} words (a coaching hint) or over ${VERY_LONG_SENTENCE} words (warning).`,
    why: 'Interviewers read thank-you notes quickly, often on a phone; a long sentence makes them work to find your point, and plain, short sentences drew the most replies in studies of email.',
    advice: 'Split the sentence where a new idea starts, or cut the clause that adds least.',
    messages: {
      long: 'This sentence has {count} words; consider splitting it (aim for under {limit}).',
      veryLong: 'This sentence has {count} words, which is hard to follow in an email; split it (aim for under {limit}).',
    },
    fixable: true,
    examples: { bad: ['A sentence of forty words that strings clause after clause together with "and" and "which" until the reader has forgotten where it began and has to read it again to find the point.'], good: ['Two short sentences. Each with one idea.'] },
  },
  check({ doc, report }) {
    for (const s of doc.body.sentences) {
      const count = s.words.length;
      if (count <= LONG_SENTENCE) continue;
      const veryLong = count > VERY_LONG_SENTENCE;
      const fix = splitFix(doc.text, s);
      report({ messageId: veryLong ? 'veryLong' : 'long', severity: veryLong ? 'warning' : 'hint', data: { count, limit: LONG_SENTENCE }, start: s.start, end: s.end, fixes: fix ? [fix] : [] });
    }
  },
};
