// The overview of a job search: each note's state (needs work, ready, sent, overdue), the time left in
// its 24-hour window, and once sent, when a follow-up is due. The server's notes view and
// `thanks status` show it.
import { latestInterviewTime } from '../document/frontmatter/dates';
import { addBusinessDays } from './calendar';
import { followUpTiming, followUpsInOrder, MAX_FOLLOW_UPS, DAYS_AFTER_INTERVIEW } from './follow-up';
import type { NoteRecord } from './record';

export type NoteState = 'needs-work' | 'ready' | 'sent' | 'overdue';

export interface NoteStatus {
  state: NoteState;
  /** Hours left in the 24-hour window (negative when past); only for an unsent thank-you with an interview date. */
  hoursLeft?: number;
  /** When the next follow-up may go out; only once the note is sent and a follow-up is still to come. */
  followUpDue?: Date;
  errors: number;
  warnings: number;
}

const HOUR = 3600_000;

export function statusOf(note: NoteRecord, peers: readonly NoteRecord[], counts: { errors: number; warnings: number }, now: Date): NoteStatus {
  const base = { errors: counts.errors, warnings: counts.warnings };
  if (note.isSent) return { ...base, state: 'sent', followUpDue: nextFollowUp(note, peers) };
  let hoursLeft: number | undefined;
  if (note.type === 'thank-you' && note.interviewDate) {
    hoursLeft = Math.round(((latestInterviewTime(note.interviewDate, note.interviewHasTime).getTime() + 24 * HOUR - now.getTime()) / HOUR) * 10) / 10;
  }
  const state = hoursLeft !== undefined && hoursLeft < 0 ? 'overdue' : counts.errors + counts.warnings > 0 ? 'needs-work' : 'ready';
  return { ...base, state, hoursLeft };
}

/** After a sent thank-you: the follow-up timing. After a sent follow-up: a week of business days later, up to the limit. */
function nextFollowUp(note: NoteRecord, peers: readonly NoteRecord[]): Date | undefined {
  const followUps = followUpsInOrder(note, peers);
  if (followUps.filter((f) => f.isSent).length >= MAX_FOLLOW_UPS) return undefined;
  if (note.type === 'thank-you') {
    if (followUps.some((f) => f.isSent)) return undefined; // the follow-up notes carry the next date
    return followUpTiming(note, peers)?.earliest;
  }
  const lastSent = followUps.filter((f) => f.isSent).at(-1);
  if (lastSent !== note) return undefined;
  return note.sent ? addBusinessDays(note.sent, DAYS_AFTER_INTERVIEW) : undefined;
}
