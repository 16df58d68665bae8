// The overview of a job search, for the notes view and `thanks status`: every note of a workspace
// checked with the other notes of its interview, grouped by company and interview, with its state,
// the time left in its 24-hour window and, once sent, when a follow-up is due.
import type { Diagnostic } from '../rules/types';
import type { NoteRecord } from '../workspace/record';
import { statusOf, type NoteState } from '../workspace/status';
import { dayKey } from '../workspace/calendar';

export interface NoteRow {
  uri: string;
  label: string;
  interviewers: string[];
  company?: string;
  role?: string;
  type: 'thank-you' | 'follow-up';
  state: NoteState;
  errors: number;
  warnings: number;
  /** Hours left in the 24-hour window (negative when past), for an unsent thank-you with an interview date. */
  hoursLeft?: number;
  /** ISO date-time the note was sent. */
  sent?: string;
  /** ISO date-time from which the next follow-up may go out. */
  followUpDue?: string;
}

export interface InterviewGroup {
  /** "Northwind Health · Tue 24 Nov", or the file's own name for a note without company and date. */
  title: string;
  company?: string;
  /** YYYY-MM-DD */
  day?: string;
  notes: NoteRow[];
}

const STATE_ORDER: Record<NoteState, number> = { overdue: 0, 'needs-work': 1, ready: 2, sent: 3 };

export function rowOf(record: NoteRecord, peers: readonly NoteRecord[], diagnostics: readonly Diagnostic[], now: Date): NoteRow {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const status = statusOf(record, peers, { errors, warnings }, now);
  return {
    uri: record.uri,
    label: record.label,
    interviewers: record.interviewers,
    company: record.company,
    role: record.role,
    type: record.type,
    state: status.state,
    errors,
    warnings,
    hoursLeft: status.hoursLeft,
    sent: record.sent?.toISOString(),
    followUpDue: status.followUpDue?.toISOString(),
  };
}

/** Rows grouped by interview, the latest interview first; notes without one last, each on its own. */
export function groupRows(entries: readonly { row: NoteRow; record: NoteRecord }[]): InterviewGroup[] {
  const groups = new Map<string, InterviewGroup & { at: number }>();
  for (const { row, record: r } of entries) {
    const key = r?.interviewKey ?? `~${row.uri}`;
    let g = groups.get(key);
    if (!g) {
      const day = r?.interviewKey && r.interviewDate ? dayKey(r.interviewDate) : undefined;
      const title = r?.interviewKey && r.interviewDate ? `${r.company} · ${r.interviewDate.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })}` : (row.company ?? 'No company or interview date');
      g = { title, company: row.company, day, notes: [], at: r?.interviewKey ? (r.interviewDate?.getTime() ?? 0) : -Infinity };
      groups.set(key, g);
    }
    g.notes.push(row);
  }
  const list = [...groups.values()].sort((a, b) => b.at - a.at || a.title.localeCompare(b.title));
  // What still needs doing first: an overdue note, then one with problems, then ready ones; sent ones last.
  for (const g of list) g.notes.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.type === b.type ? 0 : a.type === 'thank-you' ? -1 : 1) || a.label.localeCompare(b.label));
  return list.map(({ at: _at, ...g }) => g);
}
