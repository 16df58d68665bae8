import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, findDiagnostic, hasCode, lacksCode, openCopy, waitForDiagnostics } from './helpers';

describe('quick fix', () => {
  before(activeExtension);

  it('fills [Company Name] from the front matter and the diagnostic goes away', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const ds = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
    const slot = findDiagnostic(ds, 'placeholder/slot');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, slot.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.edit && /Northwind Health/.test(a.title));
    assert.ok(fix?.edit, `a fix filling in the company is offered; got ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Disable placeholder/slot for this line'), `disable-for-line offered; got ${JSON.stringify(titles)}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(doc.lineAt(slot.range.start.line).text.startsWith('Northwind Health. I enjoyed'), true, doc.lineAt(slot.range.start.line).text);
    await waitForDiagnostics(doc.uri, (d) => lacksCode('placeholder/slot')(d) && lacksCode('personalization/company-missing')(d), 'slot and company-missing to clear');
  });

  it('"Disable … for this line" silences the rule with an inline directive', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const ds = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
    const slot = findDiagnostic(ds, 'placeholder/slot');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, slot.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === 'Disable placeholder/slot for this line');
    assert.ok(disable?.edit);
    assert.equal(await vscode.workspace.applyEdit(disable.edit), true);
    assert.match(doc.lineAt(slot.range.start.line).text, /<!-- thanks-disable-line placeholder\/slot -->$/);
    await waitForDiagnostics(doc.uri, lacksCode('placeholder/slot'), 'the slot diagnostic to be silenced');
  });
});
