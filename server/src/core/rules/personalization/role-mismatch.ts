import type { Rule } from '../types';
import { otherRolesNamed } from '../support/roles';

export const rule: Rule = {
  meta: {
    id: 'personalization/role-mismatch',
    category: 'personalization',
    defaultSeverity: 'error',
    description: 'The note names a different role than `role` in the front matter.',
    why: 'Thanking someone for an interview for a job you did not interview for reads as a copied note, and makes them wonder which role you want.',
    advice: 'Name the role exactly as in the front matter (and the job posting).',
    messages: { mismatch: 'The note names the role "{named}", but the role is {role}.' },
    fixable: true,
    examples: { bad: ['role: Payroll Specialist … the Accounts Payable Clerk position'], good: ['the Payroll Specialist position'] },
  },
  check({ doc, report }) {
    for (const m of otherRolesNamed(doc)) {
      const role = doc.frontMatter.role!;
      report({ messageId: 'mismatch', data: { named: m.named, role }, ...m.span, fixes: [{ title: `Replace with "${role}"`, edits: [{ ...m.span, newText: role }], safe: false, preferred: true }] });
    }
  },
};
