import type { Fix, Rule } from '../types';
import { factsOf } from '../../document/facts';
import { greetedNames, greetingAdvice } from '../support/greeting';
import { greetingFormOf } from '../../document/names';
import { listJoin } from '../../document/text';

export const rule: Rule = {
  meta: {
    id: 'personalization/impersonal-salutation',
    category: 'personalization',
    defaultSeverity: 'warning',
    description: 'A greeting to nobody in particular ("To whom it may concern", "Dear Hiring Manager") while the interviewer is known.',
    why: 'You met this person: an anonymous greeting tells them the note is a form letter sent to everyone.',
    advice: 'Greet the interviewer by name: "Dear Ms. Chukwu," or "Dear Ifeoma,".',
    messages: {
      formula: '"{greeting}" is for letters to strangers; you know the interviewer is {interviewers}.',
      generic: '"{greeting}" greets nobody in particular; you know the interviewer is {interviewers}.',
    },
    fixable: true,
    examples: { bad: ['To Whom It May Concern,', 'Dear Sir or Madam,', 'Dear Hiring Manager,'], good: ['Dear Ms. Mokoena,'] },
  },
  check({ doc, report }) {
    const sal = doc.body.salutation;
    const facts = factsOf(doc);
    if (!sal || facts.interviewers.length === 0) return;
    const formula = /^(to whom it may concern|dear sir or madam|dear sir\/madam|dear sir|dear madam)$/i.test(sal.greeting.trim());
    const greeted = greetedNames(doc);
    // "Dear Dana and team," greets the interviewer by name: the group word only widens it.
    const generic = !formula && greeted.some((g) => g.impersonal) && !greeted.some((g) => g.match);
    if (!formula && !generic) return;
    const interviewers = listJoin(facts.interviewers.map((p) => p.full));
    const end = formula ? sal.greetingSpan.end : sal.addresseeSpan.end;
    const span = { start: sal.start, end: Math.max(end, sal.greetingSpan.end) };
    const names = facts.interviewers.map((p) => greetingFormOf(p, true));
    const firsts = facts.interviewers.map((p) => greetingFormOf(p, false));
    const fixes: Fix[] = [
      { title: `Greet "Dear ${listJoin(names)}"`, edits: [{ ...span, newText: `Dear ${listJoin(names)}` }], safe: false, preferred: true },
    ];
    if (firsts.join() !== names.join()) fixes.push({ title: `Greet "Dear ${listJoin(firsts)}"`, edits: [{ ...span, newText: `Dear ${listJoin(firsts)}` }], safe: false });
    report({
      messageId: formula ? 'formula' : 'generic',
      severity: formula ? 'error' : 'warning',
      data: { greeting: doc.text.slice(span.start, span.end), interviewers },
      ...span,
      advice: `Greet ${interviewers} by name: ${greetingAdvice(facts.interviewers)}.`,
      fixes,
    });
  },
};
