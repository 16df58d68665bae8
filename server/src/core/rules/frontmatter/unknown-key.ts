import type { Rule } from '../types';
import { KNOWN_KEYS } from '../../document/frontmatter/parse';
import { editDistance } from '../../document/text';

/** Names people reach for instead of the real key. */
const ALIASES: Record<string, string> = {
  interviewers: 'interviewer', interviewee: 'candidate', name: 'candidate', from: 'candidate', sender: 'candidate', me: 'candidate',
  to: 'interviewer', recipient: 'interviewer', recipients: 'interviewer', manager: 'interviewer', hiring_manager: 'interviewer',
  position: 'role', job: 'role', title: 'role', job_title: 'role', jobtitle: 'role', employer: 'company', organization: 'company',
  organisation: 'company', org: 'company', firm: 'company', date: 'interview_date', interviewdate: 'interview_date',
  'interview-date': 'interview_date', interviewed: 'interview_date', when: 'interview_date', topic: 'topics',
  discussed: 'topics', notes: 'topics', emails: 'email', mail: 'email', address: 'email', e_mail: 'email', 'e-mail': 'email',
  subject_line: 'subject', re: 'subject',
};

export function suggestKey(key: string): string | undefined {
  const k = key.toLowerCase();
  if ((KNOWN_KEYS as readonly string[]).includes(k)) return k;
  if (ALIASES[k]) return ALIASES[k];
  const squashed = k.replace(/[\s-]+/g, '_');
  if ((KNOWN_KEYS as readonly string[]).includes(squashed)) return squashed;
  let best: string | undefined;
  let bestD = 3;
  for (const known of KNOWN_KEYS) {
    const d = editDistance(k, known, 2);
    if (d < bestD) {
      bestD = d;
      best = known;
    }
  }
  return best;
}

export const rule: Rule = {
  meta: {
    id: 'frontmatter/unknown-key',
    category: 'frontmatter',
    defaultSeverity: 'warning',
    description: 'Front-matter keys must be ones Thanks knows; a misspelt key leaves its value unused.',
    why: 'A misspelt key such as `compnay` is silently ignored, so the checks that rely on it (company named, no other company) never run.',
    advice: 'Use one of: interviewer, role, company, email, interview_date, topics, subject, candidate.',
    messages: {
      didYouMean: 'Unknown front-matter key "{key}". Did you mean "{suggestion}"?',
      unknown: 'Unknown front-matter key "{key}". Known keys: {known}.',
    },
    fixable: true,
    examples: { bad: ['compnay: Harbor Point Distribution'], good: ['company: Harbor Point Distribution'] },
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    for (const entry of fm.keys) {
      if ((KNOWN_KEYS as readonly string[]).includes(entry.key)) continue;
      const suggestion = suggestKey(entry.key);
      if (suggestion) {
        const taken = fm.entries.has(suggestion);
        report({
          messageId: 'didYouMean',
          data: { key: entry.key, suggestion },
          ...entry.keySpan,
          fixes: [{ title: `Rename to "${suggestion}"`, edits: [{ ...entry.keySpan, newText: suggestion }], safe: !taken, preferred: true }],
        });
      } else {
        report({ messageId: 'unknown', data: { key: entry.key, known: KNOWN_KEYS.join(', ') }, ...entry.keySpan });
      }
    }
  },
};
