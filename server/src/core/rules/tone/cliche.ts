import type { Rule } from '../types';
import list from '../../lexicon/cliches.json';
import { reportPhrases, type PhraseList } from '../support/phrase-lists';

const LIST = list as PhraseList;

export const rule: Rule = {
  meta: {
    id: 'tone/cliche',
    category: 'tone',
    defaultSeverity: 'information',
    description: 'Clichés and empty buzzwords ("think outside the box", "team player", "hit the ground running", "valuable asset").',
    why: 'The interviewer has read these phrases in every template; they prove nothing, while one concrete result would.',
    advice: 'Replace the label with evidence: a project, a number, a result ("cut report delays from twelve hours to ten minutes").',
    messages: {
      replace: '"{text}" is {reason}; try "{replacement}", or better, a concrete detail.',
      flag: '"{text}" is {reason}; show it with a concrete detail (a project, a number, a result) instead.',
    },
    fixable: true,
    examples: { bad: ["I'm a hard-working, detail-oriented team player who can hit the ground running."], good: ['At Harbor Clinic I rebuilt the intake schedule and cut wait times by a third.'] },
  },
  check(ctx) {
    reportPhrases(ctx, LIST);
  },
};
