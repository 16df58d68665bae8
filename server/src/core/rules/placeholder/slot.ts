import type { Rule } from '../types';
import { fillFixes } from '../support/placeholders';
import { placeholdersOf } from '../support/placeholder-scan';

export const rule: Rule = {
  meta: {
    id: 'placeholder/slot',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds template slots left unfilled: [Company Name], <Interviewer>, {{role}}, and the template author\'s instructions in parentheses: (insert …), (mention a project you discussed).',
    why: 'An unfilled slot tells the interviewer at a glance that the note was copied from a template and not written for them.',
    advice: 'Replace the slot with the real value; the quick fix fills it from the front matter when it knows the value. Replace an instruction with the sentence it asks for.',
    messages: {
      slot: 'Unfilled template slot "{slot}".',
      slotFill: 'Unfilled template slot "{slot}": fill in {value}.',
    },
    fixable: true,
    examples: { bad: ['Dear [Hiring Manager Name],', 'the Content Marketing Manager role at <company>', 'our discussion of {{topic}}', 'I enjoyed our talk about (mention a project you discussed).'], good: ['Dear Hyun-woo,'] },
  },
  check({ doc, report }) {
    for (const p of placeholdersOf(doc)) {
      if (p.kind !== 'slot') continue;
      const fixes = fillFixes(doc, p, p.stands);
      const value = fixes[0]?.edits[0].newText;
      report({ messageId: value ? 'slotFill' : 'slot', data: { slot: p.text, value: value ? `"${value}"` : '' }, start: p.start, end: p.end, fixes });
    }
  },
};
