// Thanks: Mark as Sent — writes `sent:` into the note's front matter (the edit comes from the server's
// one front-matter writer), after asking when the note still has errors. The timing checks then stop
// and the notes view shows the note as sent, with the date a follow-up is due.
import * as vscode from 'vscode';
import { LANGUAGE_ID, type Requests } from './requests';
import { uriOf } from './notesView';

export const MARK_AS_SENT_COMMAND = 'thanks.markAsSent';

export function registerMarkSentCommand(requests: Requests): vscode.Disposable {
  /** Resolves true when the note was marked, false when the writer declined or it could not be. */
  return vscode.commands.registerCommand(MARK_AS_SENT_COMMAND, async (arg?: unknown): Promise<boolean> => {
    const active = vscode.window.activeTextEditor?.document;
    const uri = uriOf(arg) ?? (active?.languageId === LANGUAGE_ID ? active.uri : undefined);
    if (!uri) {
      void vscode.window.showWarningMessage('Open a .thanks note first, or pick one in the Thank-You Notes view.');
      return false;
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    const result = await requests.markSent(doc);
    if (!result.edit) {
      void vscode.window.showErrorMessage(`Could not mark ${vscode.workspace.asRelativePath(uri)} as sent: ${result.problem ?? 'no edit'}`);
      return false;
    }
    if (result.errors > 0) {
      const choice = await vscode.window.showWarningMessage(
        `${vscode.workspace.asRelativePath(uri)} still has ${result.errors} error${result.errors === 1 ? '' : 's'}. Mark it as sent anyway?`,
        { modal: true, detail: 'Marking it stops the 24-hour check and starts the follow-up timing.' },
        'Mark as Sent',
      );
      if (choice !== 'Mark as Sent') return false;
    }
    const wasDirty = doc.isDirty;
    const { start, end } = result.edit.range;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(start.line, start.character, end.line, end.character), result.edit.newText);
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(`Could not edit ${vscode.workspace.asRelativePath(uri)}; it is unchanged.`);
      return false;
    }
    // A note with unsaved edits stays unsaved (they are the writer's to keep or drop); otherwise the date is saved at once.
    if (!wasDirty && !doc.isUntitled) await doc.save();
    void vscode.window.setStatusBarMessage(`Marked as sent: ${result.value}`, 5000);
    return true;
  });
}

/** After a note was handed to the mail program: offer to mark it as sent. */
export async function offerMarkAsSent(uri: vscode.Uri, message: string, ...extra: string[]): Promise<string | undefined> {
  const choice = await vscode.window.showInformationMessage(message, 'Mark as Sent', ...extra);
  if (choice === 'Mark as Sent') await vscode.commands.executeCommand(MARK_AS_SENT_COMMAND, uri);
  return choice;
}
