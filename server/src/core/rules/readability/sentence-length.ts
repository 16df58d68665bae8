import type { Rule } from '../../types';

/** Longer sentences get a coaching hint… */
export const LONG_SENTENCE = 25;
/** …and from here a warning. */
export const VERY_LONG_SENTENCE = 35;

export const rule: Rule = {
  meta: {
    id: 'readability/sentence-length',
    category: 'readability',
    defaultSeverity: 'information',
    description: `Sentences over ${LONG_SENTENCE} words (information) or over ${VERY_LONG_SENTENCE} words (warning).`,
    why: 'Interviewers read thank-you notes quickly, often on a phone; a long sentence makes them work to find your point, and plain, short sentences drew the most replies in studies of email.',
    advice: 'Split the sentence where a new idea starts, or cut the clause that adds least.',
    messages: {
      long: 'This sentence has {count} words; consider splitting it (aim for under {limit}).',
      veryLong: 'This sentence has {count} words, which is hard to follow in an email; split it (aim for under {limit}).',
    },
    fixable: false,
    examples: { bad: ['A sentence of forty words that strings clause after clause together with "and" and "which" until the reader has forgotten where it began and has to read it again to find the point.'], good: ['Two short sentences. Each with one idea.'] },
  },
  check({ doc, report }) {
    for (const s of doc.body.sentences) {
      const count = s.words.length;
      if (count <= LONG_SENTENCE) continue;
      const veryLong = count > VERY_LONG_SENTENCE;
      report({ messageId: veryLong ? 'veryLong' : 'long', severity: veryLong ? 'warning' : 'information', data: { count, limit: LONG_SENTENCE }, start: s.start, end: s.end });
    }
  },
};
