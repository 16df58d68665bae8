import type { Fix, Rule } from '../types';

// Stand-ins for the specifics a template could not know.
const GENERIC_WORDS =
  /\b(?:the (?:position|role|job) (?:at|with) your (?:organi[sz]ation|company|firm|institution)|your (?:organi[sz]ation|company|firm|institution|esteemed (?:organi[sz]ation|company|firm))|this (?:exciting )?(?:position|role) at your (?:organi[sz]ation|company)|the position for which I (?:interviewed|applied)|the (?:open )?position you (?:have|had) (?:available|open))\b/gi;
// A hard line break may fall between any two words of the phrase.
const GENERIC = new RegExp(GENERIC_WORDS.source.replace(/ /g, '\\s+'), 'gi');

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
    const prose = doc.body.prose;
    for (const p of doc.body.paragraphs) {
      const text = prose.slice(p.start, p.end);
      GENERIC.lastIndex = 0;
      for (let m = GENERIC.exec(text); m; m = GENERIC.exec(text)) {
        const span = { start: p.start + m.index, end: p.start + m.index + m[0].length };
        const mentionsRole = /position|role|job/i.test(m[0]);
        const fixes: Fix[] = [];
        if (company && (!mentionsRole || role)) {
          const newText = mentionsRole ? `the ${role} ${/role/i.test(m[0]) ? 'role' : 'position'} at ${company}` : company;
          fixes.push({ title: `Replace with "${newText}"`, edits: [{ ...span, newText }], safe: false, preferred: true });
        }
        report({ messageId: 'generic', data: { text: m[0], what: mentionsRole ? 'the role and the company' : 'the company' }, ...span, fixes });
      }
    }
  },
};
