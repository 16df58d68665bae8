import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openCopy } from '../helpers';
import { readText, scratchFolder, workflow } from '../workflow-helpers';

describe('command thanks.exportEml', () => {
  before(workflow);
  afterEach(async () => {
    for (const key of ['fromEmail', 'senderEmail']) await vscode.workspace.getConfiguration('thanks').update(key, undefined, vscode.ConfigurationTarget.Global);
  });

  it('puts thanks.fromEmail (or the older thanks.senderEmail) on the From line', async () => {
    const { document: doc } = await openCopy('clean.thanks');
    const folder = await scratchFolder('eml-from');
    await vscode.workspace.getConfiguration('thanks').update('senderEmail', 'old@rivera.example', vscode.ConfigurationTarget.Global);
    let target = await vscode.commands.executeCommand<vscode.Uri>('thanks.exportEml', doc.uri, vscode.Uri.joinPath(folder, 'a.eml'));
    assert.match(await readText(target), /^From: Alex Rivera <old@rivera\.example>\r$/m);
    await vscode.workspace.getConfiguration('thanks').update('fromEmail', 'alex.rivera@example.com', vscode.ConfigurationTarget.Global);
    target = await vscode.commands.executeCommand<vscode.Uri>('thanks.exportEml', doc.uri, vscode.Uri.joinPath(folder, 'b.eml'));
    assert.match(await readText(target), /^From: Alex Rivera <alex\.rivera@example\.com>\r$/m);
  });

  it('writes an unsent multipart draft', async () => {
    const { document: doc } = await openCopy('clean.thanks');
    const target = vscode.Uri.joinPath(await scratchFolder('eml'), 'clean.eml');
    const written = await vscode.commands.executeCommand<vscode.Uri>('thanks.exportEml', doc.uri, target);
    assert.equal(written.toString(), target.toString());
    const eml = await readText(target);
    assert.match(eml, /^X-Unsent: 1\r$/m);
    // No address configured: no From line (the mail program fills it in), and never an empty group.
    assert.doesNotMatch(eml, /^From:/m);
    assert.doesNotMatch(eml, /:;/);
    assert.match(eml, /^To: Dana Whitfield <dana\.whitfield@northwind\.example>\r$/m);
    assert.match(eml, /^Subject: Thank you for the Senior Data Engineer interview\r$/m);
    assert.match(eml, /^Content-Type: multipart\/alternative;/m);
    assert.match(eml, /^Content-Type: text\/plain; charset=utf-8\r$/m);
    assert.match(eml, /^Content-Type: text\/html; charset=utf-8\r$/m);
  });
});
