// Thanks: Export .eml — an unsent draft (X-Unsent: 1) that mail programs open ready to send.
import * as vscode from 'vscode';
import { noteFor, type Requests } from './requests';
import { offerMarkAsSent } from './markSent';
import { confirmHandOff, type HandOffOptions } from './handOff';

export const EXPORT_EML_COMMAND = 'thanks.exportEml';

function defaultTarget(doc: vscode.TextDocument): vscode.Uri | undefined {
  if (doc.uri.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder && vscode.Uri.joinPath(folder, 'thank-you.eml');
  }
  return doc.uri.with({ path: doc.uri.path.replace(/\.[^./]*$/, '') + '.eml' });
}

export function registerExportEmlCommand(requests: Requests): vscode.Disposable {
  /** `target` (tests, automation) skips the save dialog. */
  return vscode.commands.registerCommand(EXPORT_EML_COMMAND, async (uri?: vscode.Uri, target?: vscode.Uri, options?: HandOffOptions) => {
    const doc = await noteFor(uri);
    if (!doc) return undefined;
    if (!(await confirmHandOff(doc, await requests.render(doc), 'Export', options))) return undefined;
    const to =
      target ??
      (await vscode.window.showSaveDialog({ defaultUri: defaultTarget(doc), filters: { 'Email draft': ['eml'] }, saveLabel: 'Export Draft', title: 'Export the note as an email draft' }));
    if (!to) return undefined;
    const eml = await requests.exportEml(doc);
    await vscode.workspace.fs.writeFile(to, Buffer.from(eml, 'utf8'));
    if (!target) {
      // Once the draft is handed over, offer to record the note as sent (the mail program does the sending).
      void offerMarkAsSent(doc.uri, `Saved ${vscode.workspace.asRelativePath(to)}: open it in your mail program to send it, then mark the note as sent.`, 'Reveal').then((c) => {
        if (c === 'Reveal') void vscode.commands.executeCommand('revealFileInOS', to);
      });
    }
    return to;
  });
}
