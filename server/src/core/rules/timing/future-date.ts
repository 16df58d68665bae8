import type { Fix, Rule } from '../types';
import { yamlScalar } from '../../document/frontmatter/writer';

const DAY = 86_400_000;

function formatDate(d: Date, withTime: boolean): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const base = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  return withTime ? `${base} ${p(d.getHours())}:${p(d.getMinutes())}` : base;
}

export const rule: Rule = {
  meta: {
    id: 'timing/future-date',
    category: 'timing',
    defaultSeverity: 'warning',
    description: '`interview_date` lies in the future.',
    why: 'A thank-you note follows an interview; a future date is usually a typo in the month or year, and it switches off the 24-hour check.',
    advice: 'Correct the date to the day the interview took place.',
    messages: { future: 'The interview date {date} is in the future; is the month or year mistyped?' },
    fixable: true,
    examples: { bad: ['interview_date: 2026-12-24 (now 2026-11-25)'], good: ['interview_date: 2026-11-24'] },
  },
  check({ doc, now, report }) {
    const d = doc.frontMatter.interviewDate;
    if (!d?.date) return;
    const future = d.hasTime ? d.date.getTime() > now.getTime() : d.date.getTime() > new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
    if (!future) return;
    // Likely typos: the month or the year one off, landing in the last two weeks.
    const fixes: Fix[] = [];
    for (const shift of [{ m: -1, y: 0 }, { m: 0, y: -1 }, { m: -12, y: 0 }]) {
      const c = new Date(d.date);
      c.setFullYear(c.getFullYear() + shift.y);
      c.setMonth(c.getMonth() + shift.m);
      if (c.getDate() !== d.date.getDate()) continue;
      const age = now.getTime() - c.getTime();
      if (age >= 0 && age <= 14 * DAY) {
        const text = formatDate(c, d.hasTime);
        if (!fixes.some((f) => f.title.includes(text))) fixes.push({ title: `Change to ${text}`, edits: [{ ...d.span, newText: yamlScalar(text) }], safe: false, preferred: fixes.length === 0 });
      }
    }
    report({ messageId: 'future', data: { date: d.text }, ...d.span, fixes });
  },
};
