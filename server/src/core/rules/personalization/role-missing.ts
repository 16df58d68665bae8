import type { Rule } from '../types';
import { otherRolesNamed, roleNamed } from '../support/roles';
import { hasPlaceholderFor } from '../support/placeholder-scan';

export const rule: Rule = {
  meta: {
    id: 'personalization/role-missing',
    category: 'personalization',
    defaultSeverity: 'warning',
    description: 'The note never names the role you interviewed for.',
    why: 'Interviewers see many candidates for several openings; naming the role in the first lines helps them place you at once.',
    advice: 'Name the role in the thank-you sentence: "Thank you for meeting with me about the Payroll Specialist position."',
    messages: { missing: 'The note never names the role ({role}).' },
    fixable: true,
    examples: { bad: ['Thank you for the opportunity to interview for the position.'], good: ['Thank you for the opportunity to interview for the Outpatient Physical Therapist position.'] },
  },
  check({ doc, report, reporting }) {
    const role = doc.frontMatter.role;
    const first = doc.body.sentences[0];
    if (!role || !first || hasPlaceholderFor(doc, 'role', reporting)) return;
    if (roleNamed(doc)) return;
    if (otherRolesNamed(doc).length) return; // role-mismatch points at the wrong name already
    // Offer to name it where the note speaks of "the position/role/job" without naming it.
    const generic = /\b(?:the|this) (position|role|job|opportunity)\b/i.exec(doc.body.prose.slice(first.start, doc.body.paragraphs[doc.body.paragraphs.length - 1].end));
    const fixes = [];
    if (generic) {
      const at = first.start + generic.index;
      const noun = generic[1].toLowerCase() === 'opportunity' ? 'role' : generic[1];
      fixes.push({ title: `Name the role: "the ${role} ${noun}"`, edits: [{ start: at, end: at + generic[0].length, newText: `the ${role} ${noun}` }], safe: false, preferred: true });
    }
    report({ messageId: 'missing', data: { role }, start: first.start, end: first.end, fixes, advice: `Name the role in the thank-you sentence: "Thank you for meeting with me about the ${role} position."` });
  },
};
