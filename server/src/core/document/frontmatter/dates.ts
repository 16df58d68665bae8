// Dates and times of the note: the `interview_date` value (YYYY-MM-DD, optionally HH:MM[:SS] and a
// zone; a time without a zone is local time), the end of the interview, and weekday names.
import type { Span } from '../span';

export interface InterviewDate {
  text: string;
  span: Span;
  /** Local-time date; undefined when impossible (2026-11-31). */
  date?: Date;
  hasTime: boolean;
}

const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?$/i;

/** Parses `YYYY-MM-DD[ HH:MM[:SS][zone]]`. Times without a zone are local time. */
export function parseInterviewDate(textValue: string, span: Span): InterviewDate | 'malformed' {
  const m = DATE_RE.exec(textValue.trim());
  if (!m) return 'malformed';
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => (m[i] === undefined ? undefined : Number(m[i])));
  const zone = m[7];
  const hasTime = h !== undefined;
  const result: InterviewDate = { text: textValue, span, hasTime };
  const daysInMonth = mo! >= 1 && mo! <= 12 ? new Date(y!, mo!, 0).getDate() : 0;
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth) return result;
  if (hasTime && (h! > 23 || mi! > 59 || (s ?? 0) > 59)) return result;
  if (zone) {
    const z = zone.toUpperCase();
    let minutes = 0;
    if (z !== 'Z' && z !== 'UTC' && z !== 'GMT') {
      const zm = /^([+-])(\d{2}):?(\d{2})$/.exec(z)!;
      minutes = (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3]));
    }
    result.date = new Date(Date.UTC(y!, mo! - 1, d!, h ?? 0, mi ?? 0, s ?? 0) - minutes * 60000);
  } else {
    result.date = new Date(y!, mo! - 1, d!, h ?? 0, mi ?? 0, s ?? 0);
  }
  return result;
}

/** When the interview ended at the latest: a date without a time counts as the end of that day. */
export function latestInterviewTime(date: Date, hasTime: boolean): Date {
  if (hasTime) return date;
  const d = new Date(date);
  d.setHours(23, 59, 59, 999);
  return d;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * "Tuesday", in local time: the same as `d.toLocaleDateString('en-US', { weekday: 'long' })`
 * without an Intl formatter (building one loads ICU data: 20–100 ms on the server's first note).
 */
export function weekdayName(d: Date): string {
  return WEEKDAYS[d.getDay()];
}

const DAY = 86_400_000;

/** The calendar day of `d` in local time, as a number (for "yesterday", "N days ago"). */
export function dayNumber(d: Date): number {
  return Math.floor((d.getTime() - d.getTimezoneOffset() * 60000) / DAY);
}

/** "today", "yesterday", "4 days ago": calendar days from `then` to `now`. */
export function daysAgo(then: Date, now: Date): string {
  const diff = dayNumber(now) - dayNumber(then);
  return diff === 0 ? 'today' : diff === 1 ? 'yesterday' : `${diff} days ago`;
}
