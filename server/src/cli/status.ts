// `thanks status [FOLDER]`: the job search at a glance — one row per note with its state (needs work,
// ready, sent, overdue), the time left in its 24-hour window and when a follow-up is due.
import { lint } from '../core/lint/engine';
import { lintOptionsFor } from '../core/lint/check';
import { WorkspaceConfigCache } from '../core/lint/workspace';
import { groupRows, rowOf, type InterviewGroup, type NoteRow } from '../core/lint/overview';
import { relative, resolve } from 'node:path';
import { expandOperands } from './files';
import { readNotes } from './notes';
import { describeFileError } from '../core/files/note-file';
import { clockOf, parse, type Io } from './args';

export const STATUS_USAGE = `Usage: thanks status [options] [FOLDER]

Shows every note in FOLDER (default: the current folder), grouped by company and interview: its state
(needs work, ready, sent, overdue), the time left in its 24-hour window, and when a follow-up is due.

Options:
  --format text|json   output format (default: text)
  --now <date-time>    pin the clock, e.g. 2026-11-25T09:00 (also THANKS_NOW)
  -h, --help           show this help

Exit status: 0 shown, 2 bad usage or an unreadable folder or note.`;

const STATE_TEXT: Record<NoteRow['state'], string> = { 'needs-work': 'needs work', ready: 'ready', sent: 'sent', overdue: 'overdue' };

/** "7 h left", "25 min left", "window passed 3 h ago"; empty without a window. */
export function timeLeft(hoursLeft: number | undefined): string {
  if (hoursLeft === undefined) return '';
  if (hoursLeft >= 1) return `${Math.floor(hoursLeft)} h left`;
  if (hoursLeft > 0) return `${Math.max(1, Math.round(hoursLeft * 60))} min left`;
  const past = -hoursLeft;
  return past < 48 ? `window passed ${Math.max(1, Math.floor(past))} h ago` : `window passed ${Math.floor(past / 24)} days ago`;
}

function when(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' })} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}

/** The state column: "needs work (1 error, 2 warnings)", "sent Tue 24 Nov 19:00". */
function stateText(row: NoteRow): string {
  if (row.state === 'sent') return row.sent ? `sent ${when(row.sent)}` : 'sent';
  const problems = [row.errors ? `${row.errors} error${row.errors === 1 ? '' : 's'}` : '', row.warnings ? `${row.warnings} warning${row.warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
  return STATE_TEXT[row.state] + (problems && row.state !== 'ready' ? ` (${problems})` : '');
}

function table(groups: InterviewGroup[]): string {
  const lines: string[] = [];
  for (const g of groups) {
    lines.push(g.title);
    const rows = g.notes.map((n) => [n.label, (n.type === 'follow-up' ? 'follow-up: ' : '') + (n.interviewers.join(', ') || '(no interviewer)'), stateText(n), timeLeft(n.hoursLeft), n.followUpDue ? `follow up from ${day(n.followUpDue)}` : '']);
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const r of rows) lines.push('  ' + r.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  ').trimEnd());
    lines.push('');
  }
  return lines.join('\n');
}

export function runStatus(argv: string[], io: Io): number {
  const args = parse(argv, { format: { type: 'string', short: 'f', default: 'text' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if ('error' in args) {
    io.err(`thanks status: ${args.error}\n${STATUS_USAGE}\n`);
    return 2;
  }
  const { values, operands } = args;
  if (values.help) {
    io.out(STATUS_USAGE + '\n');
    return 0;
  }
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') {
    io.err(`thanks status: --format must be text or json, not "${format}"\n`);
    return 2;
  }
  if (operands.length > 1) {
    io.err(`thanks status: one folder at a time\n${STATUS_USAGE}\n`);
    return 2;
  }
  const clock = clockOf(values.now as string | undefined, io.env);
  if ('error' in clock) {
    io.err(`thanks status: ${clock.error}\n`);
    return 2;
  }
  const folder = operands[0] ?? '.';
  const { files, missing } = expandOperands([folder], io.cwd);
  let status = 0;
  for (const m of missing) {
    io.err(`thanks status: ${m}: no such folder or note\n`);
    status = 2;
  }
  const { notes, index } = readNotes(files, io.cwd, (file, e) => {
    io.err(`thanks status: ${file}: cannot read: ${describeFileError(e)}\n`);
    status = 2;
  });
  const folders = new WorkspaceConfigCache();
  const groups = groupRows(
    notes.map((n) => {
      const record = index.get(n.abs)!;
      const peers = index.peersOf(n.abs);
      const diagnostics = lint(n.doc, lintOptionsFor({ now: clock, folder: folders.forNote(n.abs), peers }));
      // The row names the note by its path as given (uri) and within the folder (label), not the index's absolute path.
      const label = relative(resolve(io.cwd, folder), n.abs) || n.file;
      return { row: { ...rowOf(record, peers, diagnostics, clock), uri: n.file, label }, record };
    }),
  );
  if (format === 'json') io.out(JSON.stringify(groups, null, 2) + '\n');
  else io.out(notes.length ? table(groups) : 'No .thanks notes here.\n');
  return status;
}
