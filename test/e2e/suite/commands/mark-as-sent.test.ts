import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension } from '../helpers';
import { FRONT_MATTER, openScratch } from '../workflow-helpers';

describe('command thanks.markAsSent', () => {
  before(activeExtension);

  it('writes sent: into the active note’s front matter and saves it', async () => {
    const editor = await openScratch('mark-sent.thanks', FRONT_MATTER + 'Dear Dana,\n\nThank you.\n');
    await editor.document.save();
    assert.equal(await vscode.commands.executeCommand('thanks.markAsSent'), true);
    assert.match(editor.document.getText(), /\nsent: 2026-11-25 09:00\n---\n/);
    assert.equal(editor.document.isDirty, false);
  });

  it('says why a note without front matter cannot be marked, and leaves it alone', async () => {
    const editor = await openScratch('mark-sent-bare.thanks', 'Dear Dana,\n\nThank you.\n');
    assert.equal(await vscode.commands.executeCommand('thanks.markAsSent', editor.document.uri), false);
    assert.equal(editor.document.getText(), 'Dear Dana,\n\nThank you.\n');
  });
});
