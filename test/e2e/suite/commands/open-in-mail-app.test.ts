import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openCopy } from '../helpers';
import { FRONT_MATTER, openScratch, workflow } from '../workflow-helpers';

interface MailResult { url: string; tooLong: boolean; opened: boolean }

describe('command thanks.openInMailApp', () => {
  before(workflow);

  it('builds a mailto: link with recipient, subject and body (RFC 6068 encoding)', async () => {
    const { document: doc } = await openCopy('clean.thanks');
    const r = await vscode.commands.executeCommand<MailResult>('thanks.openInMailApp', doc.uri, { dryRun: true });
    assert.match(r.url, /^mailto:dana\.whitfield@northwind\.example\?subject=Thank%20you%20for%20the%20Senior%20Data%20Engineer%20interview&body=Dear%20Dana%2C%0D%0A%0D%0AThank%20you/);
    assert.equal(r.tooLong, false);
  });

  it('flags a body too long for a mail link', async () => {
    const long = 'Our conversation about moving nightly batch jobs to streaming stayed with me, and here is more. '.repeat(30);
    const editor = await openScratch('long.thanks', `${FRONT_MATTER}Dear Dana,\n\n${long}\n\nBest regards,\nAlex Rivera\n`);
    // (the long note repeats itself into an error; this test is about the length only)
    const r = await vscode.commands.executeCommand<MailResult>('thanks.openInMailApp', editor.document.uri, { dryRun: true, ifErrors: 'proceed' });
    assert.ok(r.url.length > 2000);
    assert.equal(r.tooLong, true);
  });
});
