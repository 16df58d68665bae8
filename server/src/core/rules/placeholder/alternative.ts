import type { Fix, Rule } from '../types';
import { placeholdersOf } from '../support/placeholder-scan';
import { matchCase } from '../../document/text';

export const rule: Rule = {
  meta: {
    id: 'placeholder/alternative',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds choices a template left to the writer: "his/her", "him/her", "organization/company".',
    why: 'A slash choice is the template talking to you; left in, it tells the reader the note was not written for them.',
    advice: 'Keep the word that fits: the interviewer’s pronoun, or the company’s name instead of "organization/company".',
    messages: { alternative: '"{text}" is a template’s choice left unmade: keep one word.' },
    fixable: true,
    examples: { bad: ['I would be glad to speak with him/her at any time.', 'a strong fit for your organization/company'], good: ['I would be glad to speak with her at any time.'] },
  },
  check({ doc, report }) {
    const company = doc.frontMatter.company;
    for (const p of placeholdersOf(doc)) {
      if (p.kind !== 'alternative') continue;
      const choices = p.choices ?? [];
      const fixes: Fix[] = choices.map((c, i) => ({ title: `Keep "${c}"`, edits: [{ start: p.start, end: p.end, newText: matchCase(p.text, c) }], safe: false, preferred: i === 0 && !company }));
      // "your organization/company": the company's own name is the better word
      if (company && /organi[sz]ation|company|firm|business|employer|institution/i.test(p.text)) {
        const at = doc.text.slice(Math.max(0, p.start - 5), p.start).toLowerCase().endsWith('your ') ? p.start - 5 : p.start;
        fixes.unshift({ title: `Name the company: "${company}"`, edits: [{ start: at, end: p.end, newText: company }], safe: false, preferred: true });
      }
      report({ messageId: 'alternative', data: { text: p.text }, start: p.start, end: p.end, fixes });
    }
  },
};
