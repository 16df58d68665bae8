import type { Rule } from '../types';

export const MAX_SENTENCES = 5;
export const MAX_WORDS = 110;

export const rule: Rule = {
  meta: {
    id: 'readability/dense-paragraph',
    category: 'readability',
    defaultSeverity: 'information',
    description: `A paragraph with more than ${MAX_SENTENCES} sentences or more than ${MAX_WORDS} words.`,
    why: 'A dense block of text in an email gets skimmed or saved for later; two or three short paragraphs are read.',
    advice: 'Split the paragraph where the topic changes: thanks, one specific point, your fit, your interest.',
    messages: { dense: 'This paragraph has {sentences} sentences and {words} words; split it into shorter ones.' },
    fixable: false,
    examples: { bad: ['One paragraph of seven sentences and 150 words.'], good: ['Three paragraphs of two or three sentences each.'] },
  },
  check({ doc, report }) {
    for (const p of doc.body.paragraphs) {
      const words = p.sentences.reduce((n, s) => n + s.words.length, 0);
      if (p.sentences.length <= MAX_SENTENCES && words <= MAX_WORDS) continue;
      // Point at the first line of the paragraph rather than painting the whole block.
      const nl = doc.text.indexOf('\n', p.start);
      const end = nl > p.start && nl < p.end ? doc.text.slice(p.start, nl).trimEnd().length + p.start : p.end;
      report({ messageId: 'dense', data: { sentences: p.sentences.length, words }, start: p.start, end });
    }
  },
};
