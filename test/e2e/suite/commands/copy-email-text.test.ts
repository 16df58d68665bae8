import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FRONT_MATTER, openScratch, workflow } from '../workflow-helpers';

describe('command thanks.copyEmailText', () => {
  before(workflow);

  it('copies the body as readable plain text', async () => {
    const editor = await openScratch('copy.thanks', FRONT_MATTER + 'Dear Dana,\n\nThank you for the **Senior Data Engineer** interview. See [my write-up](https://alex.example/streaming).\n\n- streaming\n- on-call\n\nBest regards,\nAlex Rivera\n');
    const text = await vscode.commands.executeCommand<string>('thanks.copyEmailText', editor.document.uri);
    const expected = 'Dear Dana,\n\nThank you for the Senior Data Engineer interview. See my write-up (https://alex.example/streaming).\n\n- streaming\n- on-call\n\nBest regards,\nAlex Rivera\n';
    assert.equal(text, expected);
    assert.equal(await vscode.env.clipboard.readText(), expected);
  });
});
