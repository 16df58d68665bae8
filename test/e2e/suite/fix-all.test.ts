import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, hasCode, lacksCode, openCopy, waitForDiagnostics } from './helpers';

const FIX_ALL = 'source.fixAll.thanks';

async function fixAllActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, FIX_ALL);
  return actions.filter((a) => a.kind?.value === FIX_ALL);
}

describe('fix all (source.fixAll.thanks)', () => {
  before(activeExtension);

  it('applies every safe fix and leaves nothing safe-fixable', async () => {
    const { document: doc } = await openCopy('fixall.thanks');
    await waitForDiagnostics(doc.uri, (d) => hasCode('personalization/salutation-name')(d) && hasCode('structure/sign-off')(d), 'the two fixable findings');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const [fixAll, ...more] = await fixAllActions(doc.uri, whole);
    assert.ok(fixAll?.edit, 'a fix-all action with an edit is offered');
    assert.equal(more.length, 0, 'exactly one fix-all action');
    const applied = Number(/^Fix all safe Thanks problems \((\d+)\)$/.exec(fixAll.title)?.[1]);
    assert.ok(applied >= 2, `title counts the fixes: ${fixAll.title}`);
    assert.equal(await vscode.workspace.applyEdit(fixAll.edit), true);
    assert.match(doc.getText(), /^Dear Dana,$/m);
    assert.match(doc.getText(), /^Best regards,\nAlex Rivera/m);
    await waitForDiagnostics(doc.uri, (d) => lacksCode('personalization/salutation-name')(d) && lacksCode('structure/sign-off')(d), 'the fixed findings to clear');
    assert.deepEqual(await fixAllActions(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0)), [], 'nothing left to fix');
  });
});
