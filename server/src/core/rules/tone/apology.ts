import type { Rule } from '../types';
import list from '../../lexicon/apology.json';
import { reportPhrases, sentenceRemoval, type PhraseList } from '../support/phrase-lists';
import { sentenceTokens } from '../../document/tokens';
import { PhraseMatcher } from '../../language/phrase-matcher';

const LIST = list as PhraseList;
const ABOUT = new PhraseMatcher(list.selfCritique.about.map((pattern) => ({ pattern, value: true })));
const JUDGED = new PhraseMatcher(list.selfCritique.judgments.map((pattern) => ({ pattern, value: true })));

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
    const found = reportPhrases(ctx, LIST);
    // "My answer about safety stock was not great": a part of the interview, judged poorly, in one sentence.
    for (const sentence of ctx.doc.body.sentences) {
      if (found.some((m) => m.sentence === sentence)) continue;
      const tokens = sentenceTokens(sentence);
      const about = ABOUT.match(tokens)[0];
      const judged = about && JUDGED.match(tokens).find((j) => j.start > about.start);
      if (!about || !judged) continue;
      const text = ctx.doc.text.slice(sentence.start, sentence.end);
      ctx.report({
        messageId: 'flag',
        data: { text: text.length > 80 ? text.slice(0, 79) + '…' : text, reason: 'dwelling on a weak moment of the interview' },
        start: about.start,
        end: judged.end,
        fixes: [{ title: 'Remove this sentence', edits: [sentenceRemoval(ctx.doc, sentence)], safe: false, preferred: true }],
      });
    }
  },
};
