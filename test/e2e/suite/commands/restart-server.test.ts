import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, hasCode, openCopy, waitForDiagnostics } from '../helpers';

describe('command thanks.restartServer', () => {
  before(activeExtension);

  it('restarts the server, which then checks the open notes again', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
    // The restarted server re-publishes for every open note: wait for that publication.
    const republished = new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === doc.uri.toString()) && hasCode('placeholder/slot')(vscode.languages.getDiagnostics(doc.uri))) {
          sub.dispose();
          resolve();
        }
      });
    });
    assert.equal(await vscode.commands.executeCommand('thanks.restartServer'), true);
    const api = vscode.extensions.getExtension<{ whenServerReady(): Promise<boolean> }>('thanks-dev.thanks')!.exports;
    assert.equal(await api.whenServerReady(), true);
    await republished;
  });
});
