// Thanks: Copy Email Text / Copy Subject — the note as plain text (Markdown made readable), or its subject.
import * as vscode from 'vscode';
import { noteFor, type Requests } from './requests';
import { confirmHandOff, type HandOffOptions } from './handOff';

export const COPY_EMAIL_TEXT_COMMAND = 'thanks.copyEmailText';
export const COPY_SUBJECT_COMMAND = 'thanks.copySubject';

export function registerCopyCommands(requests: Requests): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COPY_EMAIL_TEXT_COMMAND, async (uri?: vscode.Uri, options?: HandOffOptions) => {
      const doc = await noteFor(uri);
      if (!doc) return undefined;
      const r = await requests.render(doc);
      if (!(await confirmHandOff(doc, r, 'Copy', options))) return undefined;
      await vscode.env.clipboard.writeText(r.text);
      void vscode.window.setStatusBarMessage(`$(check) Copied the email text (${r.readiness.words} words)`, 3000);
      return r.text;
    }),
    vscode.commands.registerCommand(COPY_SUBJECT_COMMAND, async (uri?: vscode.Uri) => {
      const doc = await noteFor(uri);
      if (!doc) return undefined;
      const r = await requests.render(doc);
      if (!r.subject) {
        void vscode.window.showWarningMessage('This note has no subject yet: add `subject:` to the front matter.');
        return undefined;
      }
      await vscode.env.clipboard.writeText(r.subject);
      void vscode.window.setStatusBarMessage('$(check) Copied the subject', 3000);
      return r.subject;
    }),
  ];
}
