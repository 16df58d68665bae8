// When a follow-up may go out, and how many an interview has had. Career advice: wait until a day
// or two after the decision date the interviewer gave; with none, five to seven business days after
// the interview; and stop after about two follow-ups.
import { addBusinessDays } from './calendar';
import type { NoteRecord } from './record';

export const DAYS_AFTER_DECISION = 2;
export const DAYS_AFTER_INTERVIEW = 5;
export const MAX_FOLLOW_UPS = 2;

export interface FollowUpTiming {
  /** The start of the first day a follow-up is not early. */
  earliest: Date;
  /** What it is counted from. */
  from: 'decision' | 'interview' | 'sent';
  /** The date it is counted from. */
  base: Date;
}

/**
 * When a follow-up to this interview may go out: two business days after the decision date (the
 * note's own, else the latest of its interview's other notes), else five after the interview.
 */
export function followUpTiming(note: Pick<NoteRecord, 'decisionDate' | 'interviewDate'>, peers: readonly NoteRecord[] = []): FollowUpTiming | undefined {
  const decision = note.decisionDate ?? latest(peers.map((p) => p.decisionDate));
  if (decision) return { earliest: addBusinessDays(decision, DAYS_AFTER_DECISION), from: 'decision', base: decision };
  if (note.interviewDate) return { earliest: addBusinessDays(note.interviewDate, DAYS_AFTER_INTERVIEW), from: 'interview', base: note.interviewDate };
  return undefined;
}

function latest(dates: (Date | undefined)[]): Date | undefined {
  let best: Date | undefined;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}

/**
 * The follow-ups of one interview in the order they went out: sent ones by their date, then drafts by
 * name, and `self` (the note being edited) last among the drafts: it is the one that would go next.
 */
export function followUpsInOrder(self: NoteRecord, peers: readonly NoteRecord[]): NoteRecord[] {
  const list = [self, ...peers.filter((p) => p.uri !== self.uri && p.interviewKey === self.interviewKey && p.type === 'follow-up')];
  return list
    .filter((r) => r.type === 'follow-up')
    .sort((a, b) => {
      if (a.isSent !== b.isSent) return a.isSent ? -1 : 1;
      if (!a.isSent && (a === self || b === self)) return a === self ? 1 : -1;
      const t = (a.sent?.getTime() ?? 0) - (b.sent?.getTime() ?? 0);
      return t || a.label.localeCompare(b.label) || a.uri.localeCompare(b.uri);
    });
}
