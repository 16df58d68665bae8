import type { Rule } from '../types';
import { fillFixes } from '../support/placeholders';
import { placeholdersOf } from '../support/placeholder-scan';

export const rule: Rule = {
  meta: {
    id: 'placeholder/field-name',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds template field names left as text, in any case: "Your Name", "company name", "COMPANY NAME", "Job Title", "phone number" as a signature line.',
    why: 'A field name where a real name belongs shows the note was copied from a template and never finished.',
    advice: 'Replace the field name with the real value; the quick fix fills it from the front matter.',
    messages: { field: 'Template field "{text}" was never filled in.' },
    fixable: true,
    examples: { bad: ['Best regards,\nYour Name'], good: ['Best regards,\nAlex Rivera'] },
  },
  check({ doc, report }) {
    for (const p of placeholdersOf(doc)) {
      if (p.kind === 'field') report({ messageId: 'field', data: { text: p.text }, start: p.start, end: p.end, fixes: fillFixes(doc, p, p.stands) });
    }
  },
};
