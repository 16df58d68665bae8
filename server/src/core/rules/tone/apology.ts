import type { Rule } from '../types';
import list from '../../lexicon/apology.json';
import { reportPhrases, type PhraseList } from '../support/phrase-lists';

const LIST = list as PhraseList;

export const rule: Rule = {
  meta: {
    id: 'tone/apology',
    category: 'tone',
    defaultSeverity: 'warning',
    description: 'Apologies and excuses for the interview ("sorry I was nervous", "I blanked", "I know I didn\'t answer well").',
    why: 'The interviewer may not even remember the weak moment; apologising for it puts it back at the top of their mind and makes the note about your doubts.',
    advice: 'Add the better answer positively instead: "I would also like to add that…", followed by the example you wish you had given.',
    messages: {
      replace: '"{text}": {reason}; try "{replacement}".',
      flag: '"{text}": {reason}. Add the stronger answer positively instead ("I would also like to add…").',
    },
    fixable: true,
    examples: { bad: ['Sorry I was so nervous during the interview.', 'I blanked on the question about budgets.', "I know I didn't answer the SQL question well."], good: ['I would also like to add to my answer about budgets: last year I…'] },
  },
  check(ctx) {
    reportPhrases(ctx, LIST);
  },
};
