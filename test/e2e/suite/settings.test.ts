import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, codeOf, findDiagnostic, hasCode, lacksCode, openCopy, rangeOf, waitForDiagnostics } from './helpers';

const Global = vscode.ConfigurationTarget.Global;
const thanks = () => vscode.workspace.getConfiguration('thanks');

describe('settings', () => {
  before(activeExtension);
  afterEach(async () => {
    for (const key of ['categories.placeholder', 'rules', 'enable', 'run']) await thanks().update(key, undefined, Global);
  });

  it('thanks.categories.placeholder = off removes the placeholder findings, and default brings them back', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
    await thanks().update('categories.placeholder', 'off', Global);
    const ds = await waitForDiagnostics(doc.uri, lacksCode('placeholder/slot'), 'placeholder/slot to be switched off');
    // The company the slot stood for is still never named: with the placeholder rules off, company-missing says so.
    assert.ok(hasCode('personalization/company-missing')(ds), 'company-missing takes over the slot\'s mistake');
    await thanks().update('categories.placeholder', 'default', Global);
    await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot to come back');
  });

  it('thanks.rules changes one rule\'s severity', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const before = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
    assert.equal(findDiagnostic(before, 'placeholder/slot').severity, vscode.DiagnosticSeverity.Error);
    await thanks().update('rules', { 'placeholder/slot': 'hint' }, Global);
    const after = await waitForDiagnostics(
      doc.uri,
      (ds) => ds.some((d) => codeOf(d) === 'placeholder/slot' && d.severity === vscode.DiagnosticSeverity.Hint),
      'placeholder/slot to become a hint',
    );
    assert.equal(findDiagnostic(after, 'placeholder/slot').severity, vscode.DiagnosticSeverity.Hint);
  });

  it('thanks.run = onSave checks when the note is saved, not on each edit', async () => {
    await thanks().update('run', 'onSave', Global);
    const { document: doc } = await openCopy('slot.thanks');
    await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot on open');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, rangeOf(doc, '[Company Name]'), 'Northwind Health');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    // A request after the edit has been answered, so the server has seen the edit: still the old findings.
    await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 0));
    assert.ok(hasCode('placeholder/slot')(vscode.languages.getDiagnostics(doc.uri)), 'no re-check before the save');
    assert.equal(await doc.save(), true);
    await waitForDiagnostics(doc.uri, lacksCode('placeholder/slot'), 'the save to re-check the note');
  });

  it('thanks.enable = false clears the note\'s diagnostics', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
    await thanks().update('enable', false, Global);
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics at all');
  });
});
