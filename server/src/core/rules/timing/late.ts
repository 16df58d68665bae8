import type { Rule } from '../types';
import { dayNumber, latestInterviewTime, weekdayName } from '../../document/frontmatter/dates';
import { isFollowUp, isSent } from '../support/sending';

const HOUR = 3600_000;

/** "30 hours", or from two days on the calendar days (as timing/relative-date counts them): "4 days". */
function describeDelay(ms: number, interview: Date, now: Date): string {
  const hours = Math.floor(ms / HOUR);
  return hours < 48 ? `${hours} hours` : `${dayNumber(now) - dayNumber(interview)} days`;
}

export const rule: Rule = {
  meta: {
    id: 'timing/late',
    category: 'timing',
    defaultSeverity: 'warning',
    description: 'A thank-you note should go out within 24 hours of the interview (not checked once `sent` is set, nor for a follow-up).',
    why: 'Recruiters and career centres put the window at 24 hours, while the interviewer is still forming a view; a late note still helps, but less.',
    advice: 'Send it today. Replace relative words like "yesterday" with the day of the interview.',
    messages: {
      late: 'The interview was {delay} ago; thank-you notes are best sent within 24 hours. Send it today.',
      veryLate: 'The interview was {delay} ago, well past the 24-hour window. Late is still better than never: send it today, and say "on {weekday}" rather than "yesterday".',
    },
    fixable: false,
    examples: { bad: ['interview_date: 2026-11-18 (now 2026-11-25)'], good: ['interview_date: 2026-11-24 15:30 (now 2026-11-25 09:00)'] },
  },
  check({ doc, now, report }) {
    const d = doc.frontMatter.interviewDate;
    if (!d?.date || isSent(doc) || isFollowUp(doc)) return;
    const elapsed = now.getTime() - latestInterviewTime(d.date, d.hasTime).getTime();
    if (elapsed <= 24 * HOUR) return;
    const weekday = weekdayName(d.date);
    report({ messageId: elapsed > 72 * HOUR ? 'veryLate' : 'late', data: { delay: describeDelay(elapsed, d.date, now), weekday }, ...d.span });
  },
};
