import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceDir } from '../helpers';
import { readText, workflow } from '../workflow-helpers';

describe('command thanks.notesView.exportEml', () => {
  it('exports the note a view item stands for as an .eml draft', async () => {
    await workflow();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'clean.thanks');
    // The target stands in for the save dialog (as for thanks.exportEml).
    const target = vscode.Uri.joinPath(workspaceDir(), 'scratch', 'from-view.eml');
    const written = await vscode.commands.executeCommand<vscode.Uri>('thanks.notesView.exportEml', { kind: 'note', note: { uri: uri.toString() } }, target);
    assert.equal(written?.toString(), target.toString());
    assert.match(await readText(target), /^Subject: Thank you for the Senior Data Engineer interview/m);
  });
});
