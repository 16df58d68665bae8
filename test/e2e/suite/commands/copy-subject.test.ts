import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openCopy } from '../helpers';
import { workflow } from '../workflow-helpers';

describe('command thanks.copySubject', () => {
  before(workflow);

  it('copies the subject line of the active note', async () => {
    await openCopy('clean.thanks');
    await vscode.env.clipboard.writeText('something else');
    assert.equal(await vscode.commands.executeCommand('thanks.copySubject'), 'Thank you for the Senior Data Engineer interview');
    assert.equal(await vscode.env.clipboard.readText(), 'Thank you for the Senior Data Engineer interview');
  });
});
