// Thanks: Split into One Note per Interviewer — for a note to a panel (also the quick fix of
// personalization/panel-greeting). The new notes sit next to the original, which is left as it is.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { noteFor, type Requests } from './requests';
import { fileSlug, fitFileName, SPLIT_COMMAND } from '../../server/src/protocol';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export function registerSplitCommand(requests: Requests): vscode.Disposable {
  return vscode.commands.registerCommand(SPLIT_COMMAND, async (uri?: vscode.Uri | string) => {
    const doc = await noteFor(uri);
    if (!doc) return [];
    const notes = await requests.split(doc);
    if (notes.length === 0) {
      void vscode.window.showInformationMessage('This note has only one interviewer: there is nothing to split.');
      return [];
    }
    const created: vscode.Uri[] = [];
    for (const n of notes) {
      let target: vscode.TextDocument;
      if (doc.uri.scheme === 'file') {
        const dir = path.dirname(doc.uri.fsPath);
        const person = fileSlug(n.interviewer, 'interviewer');
        // the original's name, shortened so `-person-NN.thanks` still fits in a file name
        const base = fitFileName(path.basename(doc.uri.fsPath).replace(/\.thanks$/, ''), person.length + '--99.thanks'.length);
        let uri = vscode.Uri.file(path.join(dir, `${base}-${person}.thanks`));
        for (let i = 2; await exists(uri); i++) uri = vscode.Uri.file(path.join(dir, `${base}-${person}-${i}.thanks`));
        await vscode.workspace.fs.writeFile(uri, Buffer.from(n.text, 'utf8'));
        target = await vscode.workspace.openTextDocument(uri);
      } else {
        target = await vscode.workspace.openTextDocument({ language: 'thanks', content: n.text });
      }
      await vscode.window.showTextDocument(target, { preview: false, preserveFocus: created.length > 0 });
      created.push(target.uri);
    }
    void vscode.window.setStatusBarMessage(`$(check) Created ${created.length} notes, one per interviewer; each has a TODO for a detail from that conversation.`, 5000);
    return created;
  });
}
