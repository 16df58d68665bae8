import type { Rule } from '../types';
import { conceptsOf, mentions, stemsOf, termsOf, type Terms } from '../../language/related-terms';

/** How many of a concern's subjects one passage must talk about: half of them, at least one. */
export function neededFor(subjects: number): number {
  return Math.max(1, Math.ceil(subjects / 2));
}

/** The concern is answered when two sentences in a row talk about enough of what it is about. */
export function answered(concern: string, passages: readonly Terms[], context?: ReadonlySet<string>): boolean {
  const subjects = conceptsOf(concern, context);
  if (subjects.length === 0) return true;
  const needed = neededFor(subjects.length);
  return passages.some((terms) => subjects.filter((c) => mentions(terms, c)).length >= needed);
}

export const rule: Rule = {
  meta: {
    id: 'personalization/concern-unanswered',
    category: 'personalization',
    defaultSeverity: 'warning',
    description: 'A doubt listed under `concerns` is not answered in the note.',
    why: 'The thank-you note is the last chance to answer a doubt raised in the interview — a gap, a missing skill, a weak answer — before the decision is made. Left unanswered, it is what the interviewer remembers.',
    advice: 'Add two or three sentences on it, in your own words: acknowledge it briefly, then give the example, the transferable skill or the step you have taken since.',
    messages: { unanswered: 'The note does not answer the concern "{concern}" raised in the interview.' },
    fixable: false,
    examples: {
      bad: ['concerns: [no experience with payroll software] … (the note never mentions payroll or the software)'],
      good: ['You asked about payroll software: I ran fortnightly pay runs in Xero for a 40-person café group.'],
    },
  },
  check({ doc, report }) {
    const entry = doc.frontMatter.entries.get('concerns');
    const sentences = doc.body.sentences;
    if (!entry || doc.frontMatter.concerns.length === 0 || sentences.length === 0) return;
    const each = sentences.map((s) => s.text);
    // Two sentences in a row: an answer often names the subject in one and the evidence in the next.
    const passages = each.map((t, i) => termsOf(i + 1 < each.length ? `${t} ${each[i + 1]}` : t));
    // The role and the company are in every note: a concern is answered by what it says beyond them.
    const context = new Set([...stemsOf(doc.frontMatter.role), ...stemsOf(doc.frontMatter.company)]);
    for (const item of entry.items) {
      const concern = item.text.trim();
      if (concern && !answered(concern, passages, context)) report({ messageId: 'unanswered', data: { concern }, ...item.span });
    }
  },
};
