// Days of the job search: local calendar days and business days (Monday to Friday; public holidays
// differ by country and are not counted).
const DAY = 86_400_000;

/** Midnight local time at the start of `d`'s day. */
export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The start of the day `n` business days after `d`'s day (a weekend day counts from the Monday after). */
export function addBusinessDays(d: Date, n: number): Date {
  const day = startOfDay(d);
  let left = n;
  while (left > 0) {
    day.setDate(day.getDate() + 1);
    const w = day.getDay();
    if (w !== 0 && w !== 6) left--;
  }
  return day;
}

/** "2026-11-24": a key for the calendar day. */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "Tue 1 Dec": short, for messages and the notes view. */
export function shortDay(d: Date): string {
  return d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((startOfDay(b).getTime() - startOfDay(a).getTime()) / DAY);
}
