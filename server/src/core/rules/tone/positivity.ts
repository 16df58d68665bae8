import type { Rule } from '../types';
import list from '../../lexicon/superlatives.json';
import { findPhrases, matchedText, type PhraseList } from '../support/phrase-lists';

const LIST = list as PhraseList;
/** More superlatives than this read as flattery. */
const MAX_SUPERLATIVES = 2;

export const rule: Rule = {
  meta: {
    id: 'tone/positivity',
    category: 'tone',
    defaultSeverity: 'information',
    description: 'Heavy flattery: more than two superlatives ("amazing", "incredible", "perfect") in one note.',
    why: 'One warm sentence is welcome; a string of superlatives reads as flattery, and in Boomerang\'s email data a slightly warm tone drew more replies than gushing.',
    advice: 'Keep one warm word and make the rest specific: say what impressed you instead of how much.',
    messages: { superlative: '"{text}" is superlative number {count} in the note; keep one and make the rest specific.' },
    fixable: false,
    examples: { bad: ['It was an amazing conversation with an incredible team about a fantastic product.'], good: ['I enjoyed hearing how your team cut report delays to ten minutes.'] },
  },
  check({ doc, report }) {
    const found = findPhrases(doc, LIST);
    found.forEach((m, i) => {
      if (i < MAX_SUPERLATIVES) return;
      report({ messageId: 'superlative', data: { text: matchedText(doc, m), count: i + 1 }, start: m.start, end: m.end });
    });
  },
};
