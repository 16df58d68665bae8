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

const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?)?$/i;

/** Real UTC offsets run from -12:00 to +14:00. */
const MAX_ZONE_MINUTES = 14 * 60;

/**
 * A date-time as ISO 8601 writes it: `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]][zone]]`, zone `Z`, `UTC`,
 * `GMT`, `±HH`, `±HHMM` or `±HH:MM`. Without a zone it is local time. 'malformed' when the form is
 * wrong; `undefined` when the form is right but the moment does not exist (2026-11-31, 25:00,
 * +99:99). Years 0001–0099 are those years (not 1901–1999, as `new Date(y, …)` makes them).
 */
export function parseDateTime(value: string): { date: Date; hasTime: boolean } | undefined | 'malformed' {
  const m = DATE_RE.exec(value.trim());
  if (!m) return 'malformed';
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => (m[i] === undefined ? undefined : Number(m[i])));
  const zone = m[7];
  const hasTime = h !== undefined;
  const daysInMonth = mo! >= 1 && mo! <= 12 ? new Date(Date.UTC(2000 + (y! % 400), mo!, 0)).getUTCDate() : 0;
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth) return undefined;
  if (hasTime && (h! > 23 || mi! > 59 || (s ?? 0) > 59)) return undefined;
  if (zone) {
    const z = zone.toUpperCase();
    let minutes = 0;
    if (z !== 'Z' && z !== 'UTC' && z !== 'GMT') {
      const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)!;
      const zh = Number(zm[2]);
      const zmin = Number(zm[3] ?? 0);
      if (zmin > 59 || zh * 60 + zmin > MAX_ZONE_MINUTES) return undefined;
      minutes = (zm[1] === '-' ? -1 : 1) * (zh * 60 + zmin);
    }
    const date = new Date(0);
    date.setUTCFullYear(y!, mo! - 1, d!);
    date.setUTCHours(h ?? 0, mi ?? 0, s ?? 0, 0);
    return { date: new Date(date.getTime() - minutes * 60000), hasTime };
  }
  const date = new Date(2000, 0, 1, h ?? 0, mi ?? 0, s ?? 0);
  date.setFullYear(y!, mo! - 1, d!);
  return { date, hasTime };
}

/** Parses `YYYY-MM-DD[ HH:MM[:SS][zone]]`. Times without a zone are local time. */
export function parseInterviewDate(textValue: string, span: Span): InterviewDate | 'malformed' {
  const parsed = parseDateTime(textValue);
  if (parsed === 'malformed') return parsed;
  const hasTime = DATE_RE.exec(textValue.trim())![4] !== undefined;
  const result: InterviewDate = { text: textValue, span, hasTime };
  if (parsed) result.date = parsed.date;
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
