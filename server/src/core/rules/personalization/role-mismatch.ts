import type { Rule, Span } from '../types';
import type { ThanksDocument } from '../../document/model';
import { factsOf, roleVariants } from '../../document/facts';
import { fold, stem } from '../../document/text';

// A Title-Case job name placed where the role belongs: "the Accounts Payable Clerk position",
// "the role of Data Analyst", "as your next Office Manager".
const ROLE_SLOT =
  /\b(?:the|this|your|for)\s+((?:\p{Lu}[\p{L}\p{M}&/-]*|[0-9]+|of|and|&)(?:\s+(?:\p{Lu}[\p{L}\p{M}&/-]*|[0-9]+|of|and|&|I{1,3})){0,6})\s+(?:position|role|job|opening|vacancy|post)\b|\b(?:position|role|post) of\s+((?:an?\s+)?\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}-]*|of|and|I{1,3})){0,6})/gu;

/** Seniority and level words do not make a different role. */
const SENIORITY = /^(senior|sr|junior|jr|lead|principal|staff|associate|assistant|chief|head|i{1,3}|iv|[1-5])$/;

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

/** Title-Case role names in the body that are not the front-matter role. */
export function otherRolesNamed(doc: ThanksDocument): { named: string; span: Span }[] {
  const out: { named: string; span: Span }[] = [];
  const role = doc.frontMatter.role;
  if (!role) return out;
  const variants = roleVariants(role);
  const roleStems = new Set(fold(role).split(/\s+/).map(stem));
  const companyStems = new Set([...factsOf(doc).companyKeys].map(stem));
  const prose = doc.body.prose;
  for (const p of doc.body.paragraphs) {
    const text = prose.slice(p.start, p.end);
    ROLE_SLOT.lastIndex = 0;
    for (let m = ROLE_SLOT.exec(text); m; m = ROLE_SLOT.exec(text)) {
      const raw = m[1] ?? m[2];
      const bare = raw.replace(/^an?\s+/i, '');
      const named = bare.replace(/\s+/g, ' ').trim();
      const f = fold(named);
      if (variants.some((v) => f.includes(v) || v.includes(f))) continue;
      const words = f.split(' ').filter((w) => !['of', 'and', '&'].includes(w) && !SENIORITY.test(w));
      // Only names that look like a job title: at least two words.
      if (words.length < 2) continue;
      // Shares most words with the role ("Data Analyst II" vs "Data Analyst") or names the company: fine.
      const shared = words.filter((w) => roleStems.has(stem(w))).length;
      if (shared / words.length > 0.5) continue;
      if (words.some((w) => companyStems.has(stem(w)))) continue;
      const at = p.start + m.index + m[0].indexOf(raw) + (raw.length - bare.length);
      const span = { start: at, end: at + bare.trimEnd().length };
      out.push({ named, span });
    }
  }
  return out;
}
