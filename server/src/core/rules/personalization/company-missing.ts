import type { Rule } from '../types';
import { companyNamed } from '../support/company';
import { hasPlaceholderFor } from '../support/placeholder-scan';

export const rule: Rule = {
  meta: {
    id: 'personalization/company-missing',
    category: 'personalization',
    defaultSeverity: 'warning',
    description: 'The note never names the company.',
    why: 'A note that never names the employer could have been sent to any company; naming it shows the note was written for them.',
    advice: 'Name the company once, for example in the thank-you sentence or where you renew your interest.',
    messages: { missing: 'The note never names the company ({company}).' },
    fixable: true,
    examples: { bad: ['I would welcome the chance to contribute to your organization.'], good: ['I would welcome the chance to contribute to Brightwater Orthopedic & Sports Rehab.'] },
  },
  check({ doc, report, reporting }) {
    const company = doc.frontMatter.company;
    const first = doc.body.sentences[0];
    // a placeholder standing for the company is the placeholder rules' finding
    if (!company || !first || hasPlaceholderFor(doc, 'company', reporting)) return;
    if (companyNamed(doc)) return;
    const generic = /\byour (organi[sz]ation|company|firm|institution|business|agency|school|hospital)\b/i.exec(doc.body.prose.slice(first.start));
    const fixes = [];
    if (generic) {
      const at = first.start + generic.index;
      fixes.push({ title: `Name the company: "${company}"`, edits: [{ start: at, end: at + generic[0].length, newText: company }], safe: false, preferred: true });
    }
    report({ messageId: 'missing', data: { company }, start: first.start, end: first.end, fixes });
  },
};
