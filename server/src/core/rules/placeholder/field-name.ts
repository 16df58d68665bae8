import type { Rule } from '../types';
import { FIELD_NAMES, fillFixes, slotView } from '../support/placeholders';
import { slotKey } from '../../document/slots';
import { escapeRegExp } from '../../document/text';

// Bare field names left from a template ("Sincerely, Your Name"): matched in Title Case only,
// since "your name" in lower case is ordinary prose.
const FIELD_RE = new RegExp(`(?<![\\p{L}\\[<{])(?:${FIELD_NAMES.map((f) => escapeRegExp(f).replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\]>}])`, 'gu');

export const rule: Rule = {
  meta: {
    id: 'placeholder/field-name',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds template field names left as text: "Your Name", "Company Name", "Job Title".',
    why: 'A field name where a real name belongs shows the note was copied from a template and never finished.',
    advice: 'Replace the field name with the real value; the quick fix fills it from the front matter.',
    messages: { field: 'Template field "{text}" was never filled in.' },
    fixable: true,
    examples: { bad: ['Best regards,\nYour Name'], good: ['Best regards,\nAlex Rivera'] },
  },
  check({ doc, report }) {
    const view = slotView(doc);
    FIELD_RE.lastIndex = 0;
    for (let m = FIELD_RE.exec(view); m; m = FIELD_RE.exec(view)) {
      const span = { start: m.index, end: m.index + m[0].length };
      report({ messageId: 'field', data: { text: m[0] }, ...span, fixes: fillFixes(doc, span, slotKey(m[0])) });
    }
  },
};
