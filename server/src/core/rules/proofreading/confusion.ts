import type { Rule } from '../types';
import list from '../../lexicon/confusions.json';
import { reportPhrases, type PhraseList } from '../support/phrase-lists';

const LIST = list as PhraseList;

export const rule: Rule = {
  meta: {
    id: 'proofreading/confusion',
    category: 'proofreading',
    defaultSeverity: 'warning',
    description: 'Commonly confused words where the context tells which was meant: "your welcome", "its been", "more then", "an affect on", "could of".',
    why: 'A spell checker cannot see these, but the interviewer does: "your team" written "you\'re team" reads as carelessness in a note whose purpose is to make a good impression.',
    advice: 'Apply the quick fix, or reread the sentence aloud: "you\'re" = "you are", "it\'s" = "it is", "than" compares, "then" is time.',
    messages: {
      replace: '"{text}" should be "{replacement}" here: {reason}.',
      flag: '"{text}": {reason}.',
    },
    fixable: true,
    examples: { bad: ['It was more then I expected.', "I enjoyed meeting you're team.", 'Its been a pleasure.'], good: ['It was more than I expected.', 'I enjoyed meeting your team.'] },
  },
  check(ctx) {
    reportPhrases(ctx, LIST);
  },
};
