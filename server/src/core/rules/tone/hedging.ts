import type { Rule } from '../types';
import list from '../../lexicon/hedging.json';
import { reportPhrases, type PhraseList } from '../support/phrase-lists';

const LIST = list as PhraseList;

export const rule: Rule = {
  meta: {
    id: 'tone/hedging',
    category: 'tone',
    defaultSeverity: 'information',
    description: 'Hedges, minimisers and needless apologies ("I just wanted to", "sorry to bother you", "I think maybe").',
    why: 'The interviewer is judging how confident you are in your own work; qualifiers and apologies for writing at all make you sound unsure of the very thing you are selling.',
    advice: 'Say it directly: "Thank you for…" instead of "I just wanted to thank you…"; delete "I feel like" and "honestly".',
    messages: {
      replace: '"{text}" is {reason}; try "{replacement}".',
      flag: '"{text}" is {reason}; say it directly.',
    },
    fixable: true,
    examples: { bad: ['I just wanted to thank you for your time.', 'Sorry to bother you again.', 'I think maybe my experience could help.'], good: ['Thank you for your time.', 'My experience with Kafka fits the migration you described.'] },
  },
  check(ctx) {
    reportPhrases(ctx, LIST);
  },
};
