import type { Fix, Rule } from '../types';
import { factsOf } from '../../document/facts';
import { greetingFormOf } from '../../document/names';
import { listJoin } from '../../document/text';
import { greetedNames, greetingAdvice } from '../support/greeting';
import { isTitle } from '../../document/names';

export const rule: Rule = {
  meta: {
    id: 'personalization/salutation-name',
    category: 'personalization',
    defaultSeverity: 'error',
    description: 'The greeting must name the interviewer from the front matter, spelled exactly.',
    why: 'Greeting the wrong person, or misspelling the interviewer’s name, is the mistake interviewers remember: it says the note was copied or written carelessly.',
    advice: 'Greet the interviewer exactly as the front matter spells them, e.g. "Dear Dana," or "Dear Dr. Whitfield,".',
    messages: {
      wrongPerson: 'The greeting names "{name}", but the interviewer is {interviewers}.',
      misspelt: '"{token}" looks like a misspelling of the interviewer’s name "{correct}".',
    },
    fixable: true,
    examples: { bad: ['interviewer: Nkechi Obi … Dear Brian,', 'interviewer: Chiara Benedetti … Dear Chirara,'], good: ['Dear Nkechi,'] },
  },
  check({ doc, report }) {
    const facts = factsOf(doc);
    if (facts.interviewers.length === 0) return;
    const advice = `Greet ${listJoin(facts.interviewers.map((p) => p.full), 'or')} exactly as the front matter spells it: ${greetingAdvice(facts.interviewers)}.`;
    for (const g of greetedNames(doc)) {
      if (g.match || g.impersonal || g.placeholder) continue;
      if (g.near) {
        report({
          messageId: 'misspelt',
          data: { token: g.near.token, correct: g.near.correct },
          ...g.near.tokenSpan,
          advice,
          fixes: [{ title: `Change to "${g.near.correct}"`, edits: [{ ...g.near.tokenSpan, newText: g.near.correct }], safe: true, preferred: true }],
        });
        continue;
      }
      // Only a word that reads as a name: a capitalised word that is not a title on its own.
      if (!/^\p{Lu}/u.test(g.text) || g.text.split(/\s+/).every(isTitle)) continue;
      const formal = /^\S+\.?\s/.test(g.text) && isTitle(g.text.split(/\s+/)[0]);
      const fixes: Fix[] = facts.interviewers.map((p, i) => {
        const title = formal && !p.title ? g.text.split(/\s+/)[0] : undefined;
        const form = title && p.last ? `${title} ${p.last}` : greetingFormOf(p, false);
        return { title: `Greet ${form}`, edits: [{ ...g.span, newText: form }], safe: false, preferred: i === 0 && facts.interviewers.length === 1 };
      });
      report({ messageId: 'wrongPerson', data: { name: g.text, interviewers: listJoin(facts.interviewers.map((p) => p.full), 'or') }, ...g.span, advice, fixes });
    }
  },
};
