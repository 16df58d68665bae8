import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceDir } from '../helpers';
import { waitFor, workflow } from '../workflow-helpers';

describe('command thanks.notesView.openPreview', () => {
  it('opens the preview of the note a view item stands for', async () => {
    const api = await workflow();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'clean.thanks');
    const rendered = waitFor(api.previews.onDidRender, () => undefined, (r) => r.uri === uri.toString(), 'the preview of clean.thanks');
    await vscode.commands.executeCommand('thanks.notesView.openPreview', { kind: 'note', note: { uri: uri.toString() } });
    assert.match((await rendered).result.subject, /Senior Data Engineer/);
  });
});
