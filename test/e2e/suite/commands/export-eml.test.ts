import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openCopy } from '../helpers';
import { readText, scratchFolder, workflow } from '../workflow-helpers';

describe('command thanks.exportEml', () => {
  before(workflow);

  it('writes an unsent multipart draft', async () => {
    const { document: doc } = await openCopy('clean.thanks');
    const target = vscode.Uri.joinPath(await scratchFolder('eml'), 'clean.eml');
    const written = await vscode.commands.executeCommand<vscode.Uri>('thanks.exportEml', doc.uri, target);
    assert.equal(written.toString(), target.toString());
    const eml = await readText(target);
    assert.match(eml, /^X-Unsent: 1\r$/m);
    assert.match(eml, /^From: Alex Rivera:;\r$/m);
    assert.match(eml, /^To: Dana Whitfield <dana\.whitfield@northwind\.example>\r$/m);
    assert.match(eml, /^Subject: Thank you for the Senior Data Engineer interview\r$/m);
    assert.match(eml, /^Content-Type: multipart\/alternative;/m);
    assert.match(eml, /^Content-Type: text\/plain; charset=utf-8\r$/m);
    assert.match(eml, /^Content-Type: text\/html; charset=utf-8\r$/m);
  });
});
