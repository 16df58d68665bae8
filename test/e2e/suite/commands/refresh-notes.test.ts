import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../workflow-helpers';
import { notesView } from '../notes-view.test';

describe('command thanks.refreshNotes', () => {
  it('asks the server for the notes again', async () => {
    const view = await notesView();
    const refreshed = waitFor(view.onDidRefresh, () => undefined, (gs) => gs.length > 0, 'a refresh');
    await vscode.commands.executeCommand('thanks.refreshNotes');
    assert.ok((await refreshed).some((g) => g.company === 'Northwind Health'));
  });
});
