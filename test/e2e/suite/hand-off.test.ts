import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hasCode, waitForDiagnostics } from './helpers';
import { FRONT_MATTER, openScratch, readText, scratchFolder, workflow } from './workflow-helpers';

// A note that greets the wrong person and keeps a [Company] slot: two errors.
const WRONG = `${FRONT_MATTER}Dear Jessica,\n\nThank you for talking with me about the Senior Data Engineer role at [Company]. Our conversation about moving nightly batch jobs to streaming stayed with me.\n\nI remain very interested in the role.\n\nBest regards,\nAlex Rivera\n`;

describe('hand-off of a note with errors (copy, mail app, .eml)', () => {
  before(workflow);

  async function wrongNote(): Promise<vscode.TextDocument> {
    const { document: doc } = await openScratch('wrong.thanks', WRONG);
    await waitForDiagnostics(doc.uri, hasCode('personalization/salutation-name'), 'the wrong greeting');
    return doc;
  }

  it('Copy Email Text: declined, nothing is copied; accepted, the text is copied', async () => {
    const doc = await wrongNote();
    await vscode.env.clipboard.writeText('before');
    assert.equal(await vscode.commands.executeCommand('thanks.copyEmailText', doc.uri, { ifErrors: 'cancel' }), undefined);
    assert.equal(await vscode.env.clipboard.readText(), 'before');
    const text = await vscode.commands.executeCommand<string>('thanks.copyEmailText', doc.uri, { ifErrors: 'proceed' });
    assert.match(text, /^Dear Jessica,/);
    assert.equal(await vscode.env.clipboard.readText(), text);
  });

  it('Open in Mail App and Export .eml: declined, nothing is opened or written', async () => {
    const doc = await wrongNote();
    assert.equal(await vscode.commands.executeCommand('thanks.openInMailApp', doc.uri, { dryRun: true, ifErrors: 'cancel' }), undefined);
    const target = vscode.Uri.joinPath(await scratchFolder('handoff'), 'wrong.eml');
    assert.equal(await vscode.commands.executeCommand('thanks.exportEml', doc.uri, target, { ifErrors: 'cancel' }), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
    const written = await vscode.commands.executeCommand<vscode.Uri>('thanks.exportEml', doc.uri, target, { ifErrors: 'proceed' });
    assert.match(await readText(written), /^X-Unsent: 1\r$/m);
  });
});
