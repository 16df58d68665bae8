// The "Thank-You Notes" view in the Explorer: every note of the workspace by company and interview,
// with its state (needs work, ready, sent, overdue), the time left in its 24-hour window and, once
// sent, when a follow-up is due. Fed by the server's thanks/notes request; refreshed when the server
// says the notes changed, and every minute (the window moves with the clock).
import * as vscode from 'vscode';
import { NotesChangedNotification, shortWindow, type InterviewSummary, type NoteSummary } from '../../server/src/protocol';
import type { ServerController } from './serverController';
import type { Requests } from './requests';

export const NOTES_VIEW = 'thanks.notes';

/** A note node names its file too when another note of its interview goes to the same people. */
export type NotesNode = { kind: 'interview'; interview: InterviewSummary } | { kind: 'note'; note: NoteSummary; showFile?: boolean };

const STATE_LABEL: Record<NoteSummary['state'], string> = { 'needs-work': 'needs work', ready: 'ready', sent: 'sent', overdue: 'overdue' };
const STATE_ICON: Record<NoteSummary['state'], vscode.ThemeIcon> = {
  'needs-work': new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  ready: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  sent: new vscode.ThemeIcon('mail-read'),
  overdue: new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.errorForeground')),
};

function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "ready · 6 h left", "sent Tue 24 Nov · follow up from Tue 8 Dec", "needs work · follow-up". */
export function noteDescription(n: NoteSummary): string {
  const parts = [n.state === 'sent' && n.sent ? `sent ${day(n.sent)}` : STATE_LABEL[n.state]];
  const window = shortWindow(n.hoursLeft);
  if (window && n.state !== 'sent') parts.push(window);
  if (n.followUpDue) parts.push(`follow up from ${day(n.followUpDue)}`);
  if (n.type === 'follow-up' && n.state !== 'sent') parts.push('follow-up');
  return parts.join(' · ');
}

function noteTooltip(n: NoteSummary): vscode.MarkdownString {
  const lines = [`**${n.label}** — ${n.type === 'follow-up' ? 'follow-up' : 'thank-you note'}${n.role ? ` for ${n.role}` : ''}`, ''];
  if (n.state === 'sent') lines.push(`Sent ${n.sent ? new Date(n.sent).toLocaleString('en-GB') : ''}.`);
  else lines.push(n.errors + n.warnings ? `${n.errors} error(s), ${n.warnings} warning(s) to fix.` : 'No errors or warnings: ready to send.');
  if (n.hoursLeft !== undefined && n.state !== 'sent') lines.push('', n.hoursLeft > 0 ? `${shortWindow(n.hoursLeft)} in the 24-hour window.` : 'The 24-hour window has passed: send it today.');
  if (n.followUpDue) lines.push('', `A follow-up may go out from ${day(n.followUpDue)}.`);
  return new vscode.MarkdownString(lines.join('\n'));
}

export class NotesView implements vscode.TreeDataProvider<NotesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NotesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly refreshed = new vscode.EventEmitter<InterviewSummary[]>();
  /** Fires with the groups after each refresh (tests wait on it). */
  readonly onDidRefresh = this.refreshed.event;
  /** The groups shown now. */
  groups: InterviewSummary[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor(
    private readonly server: ServerController,
    private readonly requests: Requests,
  ) {
    const listen = () => {
      const client = this.server.client;
      if (client) this.subscriptions.push(client.onNotification(NotesChangedNotification, () => this.refresh()));
      this.refresh(0);
    };
    this.subscriptions.push(this.server.onDidChangeClient(listen));
    void this.server.whenReady().then(listen);
    const minute = setInterval(() => this.refresh(0), 60_000);
    this.subscriptions.push({ dispose: () => clearInterval(minute) });
  }

  refresh(delay = 150): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    try {
      const result = await this.requests.notes();
      if (generation !== this.generation) return;
      this.groups = result.groups;
      this.changed.fire(undefined);
      this.refreshed.fire(this.groups);
    } catch {
      /* the server is not running: the view keeps what it showed; the output channel says why */
    }
  }

  getTreeItem(node: NotesNode): vscode.TreeItem {
    if (node.kind === 'interview') {
      const item = new vscode.TreeItem(node.interview.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `interview:${node.interview.title}`;
      const open = node.interview.notes.filter((n) => n.state !== 'sent').length;
      item.description = open ? `${open} to send` : 'all sent';
      item.iconPath = new vscode.ThemeIcon('organization');
      item.contextValue = 'thanksInterview';
      return item;
    }
    const n = node.note;
    const who = n.interviewers.join(', ') || n.label;
    const item = new vscode.TreeItem(n.type === 'follow-up' ? `Follow-up: ${who}` : who, vscode.TreeItemCollapsibleState.None);
    item.id = `note:${n.uri}`;
    item.description = node.showFile ? `${noteDescription(n)} · ${n.label}` : noteDescription(n);
    item.tooltip = noteTooltip(n);
    item.iconPath = STATE_ICON[n.state];
    item.contextValue = `thanksNote.${n.state}`;
    const uri = vscode.Uri.parse(n.uri);
    item.command = { command: 'vscode.open', title: 'Open', arguments: [uri] };
    item.accessibilityInformation = { label: `${who}, ${noteDescription(n)}` };
    return item;
  }

  getChildren(node?: NotesNode): NotesNode[] {
    if (!node) return this.groups.map((interview) => ({ kind: 'interview', interview }));
    if (node.kind !== 'interview') return [];
    const who = (n: NoteSummary) => `${n.type}|${n.interviewers.join('|')}`;
    const notes = node.interview.notes;
    return notes.map((note) => ({ kind: 'note', note, showFile: notes.filter((o) => who(o) === who(note)).length > 1 }));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
    this.refreshed.dispose();
  }
}

/** The note a notes-view command acts on: a tree node, a URI or a URI string. */
export function uriOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  const node = arg as Partial<NotesNode> | undefined;
  if (node?.kind === 'note' && node.note) return vscode.Uri.parse(node.note.uri);
  return undefined;
}
