import type { Rule } from '../types';
import list from '../../lexicon/pushy.json';
import { reportPhrases, type PhraseList } from '../support/phrase-lists';

const LIST = list as PhraseList;

export const rule: Rule = {
  meta: {
    id: 'tone/pushy',
    category: 'tone',
    defaultSeverity: 'warning',
    description: 'Pushy, desperate or presumptuous phrasing: deadlines for their decision, "when will I hear back", "I really need this job", offers used as leverage.',
    why: 'A thank-you note should leave the interviewer free to decide; pressure, deadlines or desperation shift attention from the value you bring to your situation, and can make a "yes" harder.',
    advice: 'Close with interest, not demands: "I look forward to hearing about the next steps." Raise a genuine competing deadline separately and politely with the recruiter.',
    messages: {
      replace: '"{text}": {reason}; try "{replacement}".',
      flag: '"{text}": {reason}.',
    },
    fixable: true,
    examples: { bad: ['I really need this job.', 'Please let me know by Friday.', 'I will call your office on Monday to get your decision.', 'I have other offers, so please decide soon.'], good: ['I look forward to hearing about the next steps.'] },
  },
  check(ctx) {
    reportPhrases(ctx, LIST);
  },
};
