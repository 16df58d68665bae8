import type { Fix, Rule } from '../types';
import list from '../../lexicon/generic-phrases.json';
import { PhraseMatcher } from '../../language/phrase-matcher';
import { sentenceTokens } from '../../document/tokens';
import { companyNamed } from '../support/company';
import { roleNamed } from '../support/roles';

interface GenericEntry {
  phrase: string;
  /** What the writer should name instead: the company, or the role (at the company). */
  names: 'company' | 'role';
  /** Template wording even in a note that names the company ("your esteemed company"). */
  always?: boolean;
}

const MATCHER = new PhraseMatcher((list.entries as GenericEntry[]).map((e) => ({ pattern: e.phrase, value: e })));

export const rule: Rule = {
  meta: {
    id: 'personalization/generic-phrase',
    category: 'personalization',
    defaultSeverity: 'warning',
    description: 'Template wording where a name belongs: "your organization", "the position at your company".',
    why: 'Wording that would fit any employer is the mark of a template; the interviewer notices that you did not name them.',
    advice: 'Name the company and the role instead of "your organization" and "the position".',
    messages: { generic: '"{text}" could be sent to any employer: name {what}.' },
    fixable: true,
    examples: { bad: ['Thank you for the opportunity to interview for the position at your organization.'], good: ['Thank you for the opportunity to interview for the Outpatient Physical Therapist position at Brightwater Orthopedic & Sports Rehab.'] },
  },
  check({ doc, report }) {
    const { company, role } = doc.frontMatter;
    for (const sentence of doc.body.sentences) {
      for (const m of MATCHER.match(sentenceTokens(sentence))) {
        // "your organization" in a note that names the company (and the role) elsewhere is variation, not a template
        if (!m.value.always && company && companyNamed(doc) && (m.value.names === 'company' || roleNamed(doc))) continue;
        const span = { start: m.start, end: m.end };
        const text = doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
        const mentionsRole = m.value.names === 'role';
        const fixes: Fix[] = [];
        if (company && (!mentionsRole || role)) {
          const newText = mentionsRole ? `the ${role} ${/role/i.test(text) ? 'role' : 'position'} at ${company}` : company;
          fixes.push({ title: `Replace with "${newText}"`, edits: [{ ...span, newText }], safe: false, preferred: true });
        }
        report({ messageId: 'generic', data: { text, what: mentionsRole ? 'the role and the company' : 'the company' }, ...span, fixes });
      }
    }
  },
};
