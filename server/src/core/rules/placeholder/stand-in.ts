import type { Rule } from '../types';
import { fillFixes } from '../support/placeholders';
import { placeholdersOf } from '../support/placeholder-scan';
import { factsOf } from '../../document/facts';
import { fold } from '../../document/text';

export const rule: Rule = {
  meta: {
    id: 'placeholder/stand-in',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds made-up names a template uses for the real ones: "XYZ Company", "ABC Corp", "Mr. Manager", "Ms. Recruiter".',
    why: 'A stand-in name shows the note is a template that was never finished; an interviewer who reads "Dear Mr. Manager" knows at once.',
    advice: 'Write the real name of the company or the person; the quick fix takes it from the front matter.',
    messages: {
      company: '"{text}" is a template’s stand-in for the company name.',
      interviewer: '"{text}" is a template’s stand-in for the interviewer’s name.',
      candidate: '"{text}" is a template’s stand-in for your name.',
    },
    fixable: true,
    examples: { bad: ['I would be glad to join the team at XYZ Company.', 'Dear Mr. Manager,'], good: ['I would be glad to join the team at Granite State Insurance.'] },
  },
  check({ doc, report }) {
    // A real name that happens to look like one ("Acme Tools" as the company) is the name.
    const facts = factsOf(doc);
    const known = new Set([...facts.companyKeys, ...facts.interviewerKeys]);
    for (const p of placeholdersOf(doc)) {
      if (p.kind !== 'stand-in' || !p.stands) continue;
      if (fold(p.text).split(/[^\p{L}\p{N}]+/u).some((w) => known.has(w))) continue;
      report({ messageId: p.stands, data: { text: p.text }, start: p.start, end: p.end, fixes: fillFixes(doc, p, p.stands) });
    }
  },
};
