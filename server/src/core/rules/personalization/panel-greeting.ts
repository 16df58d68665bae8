import type { Rule } from '../types';
import { factsOf } from '../../document/facts';
import { greetedNames } from '../support/greeting';
import { greetingFormOf } from '../../document/names';
import { fold, listJoin } from '../../document/text';
import { nameKeys } from '../../document/names';

export const rule: Rule = {
  meta: {
    id: 'personalization/panel-greeting',
    category: 'personalization',
    defaultSeverity: 'warning',
    description: 'A note to a panel greets only some of the interviewers listed in the front matter.',
    why: 'Panel members compare notes; the ones left out of the greeting read it as an afterthought. Career centres advise one note per interviewer, or a greeting that names everyone.',
    advice: 'Greet every interviewer by name, or split the note into one note per interviewer.',
    messages: { partial: 'This note is to {count} interviewers but greets only {greeted}; {missing} {verb} left out.' },
    fixable: true,
    examples: { bad: ['interviewer: [Dr. Kofi Osei, Marguerite Blanchard, Ravi Subramaniam] … Dear Dr. Osei,'], good: ['Dear Dr. Osei, Marguerite, and Ravi,'] },
  },
  check({ doc, report }) {
    const facts = factsOf(doc);
    const sal = doc.body.salutation;
    if (!sal || facts.interviewers.length < 2) return;
    const greeted = greetedNames(doc);
    if (greeted.length === 0 || greeted.some((g) => g.impersonal || g.placeholder)) return;
    const matched = new Set(greeted.map((g) => g.match).filter(Boolean));
    if (matched.size === 0) return; // wrong-person greeting: salutation-name reports it
    const missing = facts.interviewers.filter((p) => !matched.has(p));
    if (missing.length === 0) return;
    // A note to the lead that passes thanks to the others by name is a recognised choice: say so softly.
    const bodyWords = new Set(doc.body.words.map((w) => fold(w.text)));
    const namedInBody = missing.every((p) => [...nameKeys(p)].some((k) => bodyWords.has(k)));
    const all = [...greeted.filter((g) => g.match).map((g) => g.text), ...missing.map((p) => greetingFormOf(p, false))];
    report({
      messageId: 'partial',
      severity: namedInBody ? 'information' : 'warning',
      data: {
        count: facts.interviewers.length,
        greeted: listJoin(greeted.filter((g) => g.match).map((g) => g.text)),
        missing: listJoin(missing.map((p) => p.full)),
        verb: missing.length === 1 ? 'is' : 'are',
      },
      start: sal.addresseeSpan.start,
      end: sal.addresseeSpan.end,
      fixes: [{ title: `Greet everyone: "${listJoin(all)}"`, edits: [{ ...sal.addresseeSpan, newText: listJoin(all) }], safe: false, preferred: true }],
      actions: [{ kind: 'split-note' }],
    });
  },
};
