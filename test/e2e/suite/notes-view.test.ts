// The Thank-You Notes view in a real VS Code: the three notes of the Quillon Books interview
// (job-search/ in the fixture workspace) in their states; Mark as Sent moves one to sent.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceDir } from './helpers';
import { waitFor, workflow } from './workflow-helpers';

interface NoteSummary {
  uri: string;
  label: string;
  state: 'needs-work' | 'ready' | 'sent' | 'overdue';
  hoursLeft?: number;
  followUpDue?: string;
}
interface InterviewSummary {
  title: string;
  company?: string;
  notes: NoteSummary[];
}
export interface NotesViewApi {
  readonly groups: InterviewSummary[];
  onDidRefresh: vscode.Event<InterviewSummary[]>;
  refresh(delay?: number): void;
}

export async function notesView(): Promise<NotesViewApi> {
  await workflow();
  const api = vscode.extensions.getExtension<{ workflow: { notesView: NotesViewApi } }>(EXTENSION_ID)!.exports.workflow.notesView;
  assert.ok(api, 'the workflow API has the notes view');
  return api;
}

const quillon = (groups: InterviewSummary[]) => groups.find((g) => g.company === 'Quillon Books');
const states = (g: InterviewSummary | undefined) => g?.notes.map((n) => `${n.label}:${n.state}`).join(', ');

describe('the Thank-You Notes view', () => {
  const marta = () => vscode.Uri.joinPath(workspaceDir(), 'job-search', 'marta.thanks');
  let original: Uint8Array | undefined;
  after(async () => {
    if (original) await vscode.workspace.fs.writeFile(marta(), original);
  });

  it('shows the three notes of one interview in their states, and a note marked as sent moves to sent', async () => {
    const view = await notesView();
    await vscode.commands.executeCommand('thanks.notes.focus');
    const before = await waitFor(view.onDidRefresh, () => view.groups, (gs) => quillon(gs)?.notes.length === 3, 'the three Quillon Books notes');
    assert.equal(states(quillon(before)), 'ines.thanks:needs-work, marta.thanks:ready, olek.thanks:sent');
    const ready = quillon(before)!.notes[1];
    assert.equal(ready.hoursLeft, 2, 'interview Tuesday 11:00, now Wednesday 09:00');
    assert.ok(quillon(before)!.notes[2].followUpDue, 'the sent note shows when a follow-up is due');

    original = await vscode.workspace.fs.readFile(marta());
    const marked = await vscode.commands.executeCommand<boolean>('thanks.markAsSent', marta());
    assert.equal(marked, true);
    const after = await waitFor(view.onDidRefresh, () => view.groups, (gs) => /marta\.thanks:sent/.test(states(quillon(gs)) ?? ''), 'marta.thanks shown as sent');
    // Sent notes go last: Marta's note has moved below the one still to fix.
    assert.equal(states(quillon(after)), 'ines.thanks:needs-work, marta.thanks:sent, olek.thanks:sent');
    const text = Buffer.from(await vscode.workspace.fs.readFile(marta())).toString('utf8');
    assert.match(text, /\ndecision_date: 2026-12-04\nsent: 2026-11-25 09:00\n---\n/, 'sent: written into the front matter and saved');
    const row = quillon(after)!.notes.find((n) => n.label === 'marta.thanks')!;
    assert.equal(new Date(row.followUpDue!).toDateString(), new Date(2026, 11, 8).toDateString(), 'a follow-up from two business days after the decision date');
  });
});
