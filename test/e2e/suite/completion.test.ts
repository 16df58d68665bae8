import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, openCopy, positionOf } from './helpers';

describe('completion', () => {
  before(activeExtension);

  it('offers the missing front-matter keys (and not the present ones) at a key position', async () => {
    const editor = await openCopy('completion.thanks');
    const doc = editor.document;
    const at = positionOf(doc, 'role:'); // start of a line inside the front matter
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, at, '\n');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const key of ['company', 'email', 'interview_date', 'topics', 'subject', 'candidate']) {
      assert.ok(labels.includes(key), `"${key}" offered; got ${JSON.stringify(labels)}`);
    }
    assert.ok(!labels.includes('interviewer') && !labels.includes('role'), `present keys are not offered; got ${JSON.stringify(labels)}`);
  });

  it('offers the interviewer\'s name in the body', async () => {
    const { document: doc } = await openCopy('completion.thanks');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, 'Thank you'));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('Dana'), `"Dana" offered; got ${JSON.stringify(labels.slice(0, 30))}`);
  });
});
