import type { Rule } from '../types';
import { parseInterviewDate, type InterviewDate } from '../../document/frontmatter/dates';
import { KEY_SPECS } from '../../document/frontmatter/schema';

/** Every key whose value is a date (interview_date, sent, decision_date), from the schema. */
const DATE_FIELDS = KEY_SPECS.filter((k) => k.kind === 'datetime' || k.kind === 'date').map((k) => k.field);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const rule: Rule = {
  meta: {
    id: 'frontmatter/invalid-date',
    category: 'frontmatter',
    defaultSeverity: 'error',
    description: 'Dates (`interview_date`, `sent`, `decision_date`) must be real dates, written YYYY-MM-DD with an optional HH:MM time.',
    why: 'The 24-hour sending window and the follow-up timing are counted from these dates; an impossible or unreadable date turns those checks off.',
    advice: 'Write the date as YYYY-MM-DD, optionally followed by the time (HH:MM) and a zone.',
    messages: {
      malformed: '"{value}" is not a date Thanks can read: write YYYY-MM-DD or YYYY-MM-DD HH:MM.',
      noMonth: '"{value}" is not a date: there is no month {month}.',
      noDay: '"{value}" is not a date: {monthName} {year} has {days} days.',
      badTime: '"{value}" has an impossible time of day.',
    },
    fixable: false,
    examples: { bad: ['interview_date: 2026-11-31'], good: ['interview_date: 2026-11-30 15:00'] },
  },
  check({ doc, report }) {
    const values = doc.frontMatter as unknown as Record<string, InterviewDate | undefined>;
    for (const field of DATE_FIELDS) checkDate(values[field], doc.text, report);
  },
};

function checkDate(d: InterviewDate | undefined, text: string, report: Parameters<Rule['check']>[0]['report']): void {
  if (!d || d.date) return;
  const parsed = parseInterviewDate(d.text, d.span);
  const span = d.span;
  if (parsed === 'malformed') {
    report({ messageId: 'malformed', data: { value: d.text }, ...span });
    return;
  }
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(d.text.trim())!;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const dateEnd = span.start + text.slice(span.start, span.end).indexOf(m[0]) + m[0].length;
  const dateSpan = { start: dateEnd - m[0].length, end: dateEnd };
  if (month < 1 || month > 12) report({ messageId: 'noMonth', data: { value: m[0], month }, ...dateSpan });
  else {
    const days = new Date(year, month, 0).getDate();
    if (Number(m[3]) < 1 || Number(m[3]) > days) report({ messageId: 'noDay', data: { value: m[0], monthName: MONTHS[month - 1], year, days }, ...dateSpan });
    else report({ messageId: 'badTime', data: { value: d.text }, ...span });
  }
}
